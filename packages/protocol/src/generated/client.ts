/**
 * A typed client of every client request of the Codex app-server v2 protocol, grouped by
 * namespace, and typed tables of the server notifications and server requests.
 *
 * Generated, do not edit: `npm run generate` writes this file from the method registry
 * (codex-cli 0.171.0) and the descriptions in the binary's JSON Schema.
 *
 * @since 0.3.0
 */
/* eslint-disable */

import type { Effect, Schema } from "effect"
import type { ClientRequests } from "./registry.js"
import type * as S from "./schemas.js"

type Params<M extends keyof typeof ClientRequests> = Schema.Schema.Type<(typeof ClientRequests)[M]["params"]>
type Result<M extends keyof typeof ClientRequests> = Schema.Schema.Type<(typeof ClientRequests)[M]["result"]>

/**
 * Sends one client request: the one function every method of the client calls. `params` is
 * `undefined` for a method that takes none; `options` are the caller's per-call options.
 *
 * @since 0.3.0
 * @category models
 */
export type Request<E, O> = <M extends keyof typeof ClientRequests>(
  method: M,
  params: Params<M> | undefined,
  options: O | undefined
) => Effect.Effect<Result<M>, E>

/**
 * One typed operation per client request (189 methods), grouped by namespace:
 * `thread/goal/set` is `client.thread.goal.set(params, options?)`. A method that takes no params
 * is an `Effect` (`client.account.logout`); one whose params may be omitted takes them optionally.
 * `E` is what a request can fail with, `O` the per-call options.
 *
 * @since 0.3.0
 * @category models
 */
export interface Client<E, O> {
  readonly account: {
    readonly bedrock: {
      /**
       * `account/bedrock/checkGovCloudRequirements`.
       *
       * Experimental: the connection must ask for `experimentalApi`.
       */
      readonly checkGovCloudRequirements: (params: S.BedrockCheckGovCloudRequirementsParams, options?: O) => Effect.Effect<S.BedrockCheckGovCloudRequirementsResponse, E>
      /**
       * `account/bedrock/discover`.
       *
       * Experimental: the connection must ask for `experimentalApi`.
       */
      readonly discover: (params: S.BedrockDiscoverParams, options?: O) => Effect.Effect<S.BedrockDiscoverResponse, E>
      /**
       * `account/bedrock/setup`.
       *
       * Experimental: the connection must ask for `experimentalApi`.
       */
      readonly setup: (params: S.BedrockSetupParams, options?: O) => Effect.Effect<S.BedrockSetupResponse, E>
    }
    readonly gatewayOAuth: {
      /**
       * `account/gatewayOAuth/cancel`: takes no params, so it is an `Effect`, not a function.
       */
      readonly cancel: Effect.Effect<S.GatewayOAuthCancelResponse, E>
      /**
       * `account/gatewayOAuth/login`.
       */
      readonly login: (params?: S.GatewayOAuthLoginParams | null, options?: O) => Effect.Effect<S.GatewayOAuthLoginResponse, E>
      /**
       * `account/gatewayOAuth/read`.
       */
      readonly read: (params?: S.GatewayOAuthReadParams | null, options?: O) => Effect.Effect<S.GatewayOAuthReadResponse, E>
    }
    readonly gcp: {
      /**
       * `account/gcp/setup`.
       *
       * Experimental: the connection must ask for `experimentalApi`.
       */
      readonly setup: (params: S.GcpSetupParams, options?: O) => Effect.Effect<S.GcpSetupResponse, E>
    }
    readonly login: {
      /**
       * `account/login/cancel`.
       */
      readonly cancel: (params: S.CancelLoginAccountParams, options?: O) => Effect.Effect<S.CancelLoginAccountResponse, E>
      /**
       * `account/login/start`.
       */
      readonly start: (params: S.LoginAccountParams, options?: O) => Effect.Effect<S.LoginAccountResponse, E>
    }
    /**
     * `account/logout`: takes no params, so it is an `Effect`, not a function.
     */
    readonly logout: Effect.Effect<S.LogoutAccountResponse, E>
    readonly rateLimitResetCredit: {
      /**
       * `account/rateLimitResetCredit/consume`.
       */
      readonly consume: (params: S.ConsumeAccountRateLimitResetCreditParams, options?: O) => Effect.Effect<S.ConsumeAccountRateLimitResetCreditResponse, E>
    }
    readonly rateLimits: {
      /**
       * `account/rateLimits/read`.
       */
      readonly read: (params?: S.GetAccountRateLimitsParams | null, options?: O) => Effect.Effect<S.GetAccountRateLimitsResponse, E>
    }
    /**
     * `account/read`.
     */
    readonly read: (params: S.GetAccountParams, options?: O) => Effect.Effect<S.GetAccountResponse, E>
    readonly securitySetup: {
      /**
       * `account/securitySetup/read`: takes no params, so it is an `Effect`, not a function.
       */
      readonly read: Effect.Effect<S.GetAccountSecuritySetupResponse, E>
    }
    /**
     * `account/sendAddCreditsNudgeEmail`.
     */
    readonly sendAddCreditsNudgeEmail: (params: S.SendAddCreditsNudgeEmailParams, options?: O) => Effect.Effect<S.SendAddCreditsNudgeEmailResponse, E>
    readonly usage: {
      /**
       * `account/usage/read`.
       */
      readonly read: (params?: S.GetAccountTokenUsageParams | null, options?: O) => Effect.Effect<S.GetAccountTokenUsageResponse, E>
    }
    readonly workspaceMessages: {
      /**
       * `account/workspaceMessages/read`: takes no params, so it is an `Effect`, not a function.
       */
      readonly read: Effect.Effect<S.GetWorkspaceMessagesResponse, E>
    }
  }
  readonly accountSession: {
    /**
     * `accountSession/list`.
     *
     * Experimental: the connection must ask for `experimentalApi`.
     */
    readonly list: (params: S.AccountSessionsListParams, options?: O) => Effect.Effect<S.AccountSessionsResponse, E>
    /**
     * `accountSession/switch`.
     *
     * Experimental: the connection must ask for `experimentalApi`.
     */
    readonly switch: (params: S.AccountSessionsSwitchParams, options?: O) => Effect.Effect<S.AccountSessionsSwitchResponse, E>
  }
  readonly app: {
    /**
     * `app/installed`.
     */
    readonly installed: (params: S.AppsInstalledParams, options?: O) => Effect.Effect<S.AppsInstalledResponse, E>
    /**
     * `app/list`.
     */
    readonly list: (params: S.AppsListParams, options?: O) => Effect.Effect<S.AppsListResponse, E>
    /**
     * `app/read`.
     */
    readonly read: (params: S.AppsReadParams, options?: O) => Effect.Effect<S.AppsReadResponse, E>
  }
  readonly collaborationMode: {
    /**
     * `collaborationMode/list`.
     *
     * Lists collaboration mode presets.
     *
     * Experimental: the connection must ask for `experimentalApi`.
     */
    readonly list: (params: S.CollaborationModeListParams, options?: O) => Effect.Effect<S.CollaborationModeListResponse, E>
  }
  readonly command: {
    readonly exec: {
      /**
       * `command/exec`.
       *
       * Execute a standalone command (argv vector) under the server's sandbox.
       */
      (params: S.CommandExecParams, options?: O): Effect.Effect<S.CommandExecResponse, E>
      /**
       * `command/exec/resize`.
       *
       * Resize a running PTY-backed `command/exec` session by client-supplied `processId`.
       */
      readonly resize: (params: S.CommandExecResizeParams, options?: O) => Effect.Effect<S.CommandExecResizeResponse, E>
      /**
       * `command/exec/terminate`.
       *
       * Terminate a running `command/exec` session by client-supplied `processId`.
       */
      readonly terminate: (params: S.CommandExecTerminateParams, options?: O) => Effect.Effect<S.CommandExecTerminateResponse, E>
      /**
       * `command/exec/write`.
       *
       * Write stdin bytes to a running `command/exec` session or close stdin.
       */
      readonly write: (params: S.CommandExecWriteParams, options?: O) => Effect.Effect<S.CommandExecWriteResponse, E>
    }
  }
  readonly config: {
    /**
     * `config/batchWrite`.
     */
    readonly batchWrite: (params: S.ConfigBatchWriteParams, options?: O) => Effect.Effect<S.ConfigWriteResponse, E>
    readonly mcpServer: {
      /**
       * `config/mcpServer/reload`: takes no params, so it is an `Effect`, not a function.
       */
      readonly reload: Effect.Effect<S.McpServerRefreshResponse, E>
    }
    /**
     * `config/read`.
     */
    readonly read: (params: S.ConfigReadParams, options?: O) => Effect.Effect<S.ConfigReadResponse, E>
    readonly value: {
      /**
       * `config/value/write`.
       */
      readonly write: (params: S.ConfigValueWriteParams, options?: O) => Effect.Effect<S.ConfigWriteResponse, E>
    }
  }
  readonly configRequirements: {
    /**
     * `configRequirements/read`: takes no params, so it is an `Effect`, not a function.
     */
    readonly read: Effect.Effect<S.ConfigRequirementsReadResponse, E>
  }
  readonly environment: {
    /**
     * `environment/add`.
     *
     * Adds or replaces a remote environment by id for later selection.
     *
     * Experimental: the connection must ask for `experimentalApi`.
     */
    readonly add: (params: S.EnvironmentAddParams, options?: O) => Effect.Effect<S.EnvironmentAddResponse, E>
    /**
     * `environment/info`.
     *
     * Reads information from a configured execution environment.
     *
     * Experimental: the connection must ask for `experimentalApi`.
     */
    readonly info: (params: S.EnvironmentInfoParams, options?: O) => Effect.Effect<S.EnvironmentInfoResponse, E>
    /**
     * `environment/status`.
     *
     * Reads the current status of a configured execution environment.
     *
     * Experimental: the connection must ask for `experimentalApi`.
     */
    readonly status: (params: S.EnvironmentStatusParams, options?: O) => Effect.Effect<S.EnvironmentStatusResponse, E>
  }
  readonly experimentalFeature: {
    readonly enablement: {
      /**
       * `experimentalFeature/enablement/set`.
       */
      readonly set: (params: S.ExperimentalFeatureEnablementSetParams, options?: O) => Effect.Effect<S.ExperimentalFeatureEnablementSetResponse, E>
    }
    /**
     * `experimentalFeature/list`.
     */
    readonly list: (params: S.ExperimentalFeatureListParams, options?: O) => Effect.Effect<S.ExperimentalFeatureListResponse, E>
  }
  readonly externalAgentConfig: {
    /**
     * `externalAgentConfig/detect`.
     */
    readonly detect: (params: S.ExternalAgentConfigDetectParams, options?: O) => Effect.Effect<S.ExternalAgentConfigDetectResponse, E>
    readonly import: {
      /**
       * `externalAgentConfig/import`.
       */
      (params: S.ExternalAgentConfigImportParams, options?: O): Effect.Effect<S.ExternalAgentConfigImportResponse, E>
      /**
       * `externalAgentConfig/import/readHistories`: takes no params, so it is an `Effect`, not a function.
       */
      readonly readHistories: Effect.Effect<S.ExternalAgentConfigImportHistoriesReadResponse, E>
      /**
       * `externalAgentConfig/import/recordHistory`.
       */
      readonly recordHistory: (params: S.ExternalAgentConfigImportHistoryRecordParams, options?: O) => Effect.Effect<S.ExternalAgentConfigImportHistoryRecordResponse, E>
    }
  }
  readonly feedback: {
    /**
     * `feedback/save`.
     */
    readonly save: (params: S.FeedbackSaveParams, options?: O) => Effect.Effect<S.FeedbackSaveResponse, E>
    /**
     * `feedback/upload`.
     */
    readonly upload: (params: S.FeedbackUploadParams, options?: O) => Effect.Effect<S.FeedbackUploadResponse, E>
  }
  readonly fs: {
    /**
     * `fs/copy`.
     */
    readonly copy: (params: S.FsCopyParams, options?: O) => Effect.Effect<S.FsCopyResponse, E>
    /**
     * `fs/createDirectory`.
     */
    readonly createDirectory: (params: S.FsCreateDirectoryParams, options?: O) => Effect.Effect<S.FsCreateDirectoryResponse, E>
    /**
     * `fs/getMetadata`.
     */
    readonly getMetadata: (params: S.FsGetMetadataParams, options?: O) => Effect.Effect<S.FsGetMetadataResponse, E>
    /**
     * `fs/readDirectory`.
     */
    readonly readDirectory: (params: S.FsReadDirectoryParams, options?: O) => Effect.Effect<S.FsReadDirectoryResponse, E>
    /**
     * `fs/readFile`.
     */
    readonly readFile: (params: S.FsReadFileParams, options?: O) => Effect.Effect<S.FsReadFileResponse, E>
    /**
     * `fs/remove`.
     */
    readonly remove: (params: S.FsRemoveParams, options?: O) => Effect.Effect<S.FsRemoveResponse, E>
    /**
     * `fs/unwatch`.
     */
    readonly unwatch: (params: S.FsUnwatchParams, options?: O) => Effect.Effect<S.FsUnwatchResponse, E>
    /**
     * `fs/watch`.
     */
    readonly watch: (params: S.FsWatchParams, options?: O) => Effect.Effect<S.FsWatchResponse, E>
    /**
     * `fs/writeFile`.
     */
    readonly writeFile: (params: S.FsWriteFileParams, options?: O) => Effect.Effect<S.FsWriteFileResponse, E>
  }
  readonly fuzzyFileSearch: {
    /**
     * `fuzzyFileSearch`.
     */
    (params: S.FuzzyFileSearchParams, options?: O): Effect.Effect<S.FuzzyFileSearchResponse, E>
    /**
     * `fuzzyFileSearch/sessionStart`.
     *
     * Experimental: the connection must ask for `experimentalApi`.
     */
    readonly sessionStart: (params: S.FuzzyFileSearchSessionStartParams, options?: O) => Effect.Effect<S.FuzzyFileSearchSessionStartResponse, E>
    /**
     * `fuzzyFileSearch/sessionStop`.
     *
     * Experimental: the connection must ask for `experimentalApi`.
     */
    readonly sessionStop: (params: S.FuzzyFileSearchSessionStopParams, options?: O) => Effect.Effect<S.FuzzyFileSearchSessionStopResponse, E>
    /**
     * `fuzzyFileSearch/sessionUpdate`.
     *
     * Experimental: the connection must ask for `experimentalApi`.
     */
    readonly sessionUpdate: (params: S.FuzzyFileSearchSessionUpdateParams, options?: O) => Effect.Effect<S.FuzzyFileSearchSessionUpdateResponse, E>
  }
  readonly hooks: {
    /**
     * `hooks/list`.
     */
    readonly list: (params: S.HooksListParams, options?: O) => Effect.Effect<S.HooksListResponse, E>
  }
  /**
   * `initialize`.
   */
  readonly initialize: (params: S.InitializeParams, options?: O) => Effect.Effect<S.InitializeResponse, E>
  readonly marketplace: {
    /**
     * `marketplace/add`.
     */
    readonly add: (params: S.MarketplaceAddParams, options?: O) => Effect.Effect<S.MarketplaceAddResponse, E>
    /**
     * `marketplace/remove`.
     */
    readonly remove: (params: S.MarketplaceRemoveParams, options?: O) => Effect.Effect<S.MarketplaceRemoveResponse, E>
    /**
     * `marketplace/upgrade`.
     */
    readonly upgrade: (params: S.MarketplaceUpgradeParams, options?: O) => Effect.Effect<S.MarketplaceUpgradeResponse, E>
  }
  readonly mcpServer: {
    readonly event: {
      readonly stream: {
        /**
         * `mcpServer/event/stream/start`.
         *
         * Experimental: the connection must ask for `experimentalApi`.
         */
        readonly start: (params: S.McpServerEventStreamStartParams, options?: O) => Effect.Effect<S.McpServerEventStreamStartResponse, E>
        /**
         * `mcpServer/event/stream/stop`.
         *
         * Experimental: the connection must ask for `experimentalApi`.
         */
        readonly stop: (params: S.McpServerEventStreamStopParams, options?: O) => Effect.Effect<S.McpServerEventStreamStopResponse, E>
      }
    }
    readonly oauth: {
      /**
       * `mcpServer/oauth/login`.
       */
      readonly login: (params: S.McpServerOauthLoginParams, options?: O) => Effect.Effect<S.McpServerOauthLoginResponse, E>
    }
    readonly resource: {
      /**
       * `mcpServer/resource/read`.
       */
      readonly read: (params: S.McpResourceReadParams, options?: O) => Effect.Effect<S.McpResourceReadResponse, E>
    }
    readonly tool: {
      /**
       * `mcpServer/tool/call`.
       */
      readonly call: (params: S.McpServerToolCallParams, options?: O) => Effect.Effect<S.McpServerToolCallResponse, E>
    }
  }
  readonly mcpServerStatus: {
    /**
     * `mcpServerStatus/list`.
     */
    readonly list: (params: S.ListMcpServerStatusParams, options?: O) => Effect.Effect<S.ListMcpServerStatusResponse, E>
  }
  readonly memory: {
    /**
     * `memory/reset`: takes no params, so it is an `Effect`, not a function.
     *
     * Experimental: the connection must ask for `experimentalApi`.
     */
    readonly reset: Effect.Effect<S.MemoryResetResponse, E>
    /**
     * `memory/status`.
     *
     * Experimental: the connection must ask for `experimentalApi`.
     */
    readonly status: (params: S.MemoryStatusParams, options?: O) => Effect.Effect<S.MemoryStatusResponse, E>
  }
  readonly mock: {
    /**
     * `mock/experimentalMethod`.
     *
     * Test-only method used to validate experimental gating.
     *
     * Experimental: the connection must ask for `experimentalApi`.
     */
    readonly experimentalMethod: (params: S.MockExperimentalMethodParams, options?: O) => Effect.Effect<S.MockExperimentalMethodResponse, E>
  }
  readonly model: {
    /**
     * `model/list`.
     */
    readonly list: (params: S.ModelListParams, options?: O) => Effect.Effect<S.ModelListResponse, E>
  }
  readonly modelProvider: {
    readonly capabilities: {
      /**
       * `modelProvider/capabilities/read`.
       */
      readonly read: (params: S.ModelProviderCapabilitiesReadParams, options?: O) => Effect.Effect<S.ModelProviderCapabilitiesReadResponse, E>
    }
    readonly config: {
      /**
       * `modelProvider/config/write`.
       */
      readonly write: (params: S.ModelProviderConfigWriteParams, options?: O) => Effect.Effect<S.ModelProviderConfigWriteResponse, E>
    }
    readonly default: {
      /**
       * `modelProvider/default/set`.
       */
      readonly set: (params: S.ModelProviderDefaultSetParams, options?: O) => Effect.Effect<S.ConfigWriteResponse, E>
    }
    /**
     * `modelProvider/list`.
     */
    readonly list: (params: S.ModelProviderListParams, options?: O) => Effect.Effect<S.ModelProviderListResponse, E>
  }
  readonly permissionProfile: {
    /**
     * `permissionProfile/list`.
     */
    readonly list: (params: S.PermissionProfileListParams, options?: O) => Effect.Effect<S.PermissionProfileListResponse, E>
  }
  readonly plugin: {
    /**
     * `plugin/install`.
     */
    readonly install: (params: S.PluginInstallParams, options?: O) => Effect.Effect<S.PluginInstallResponse, E>
    /**
     * `plugin/installed`.
     */
    readonly installed: (params: S.PluginInstalledParams, options?: O) => Effect.Effect<S.PluginInstalledResponse, E>
    /**
     * `plugin/list`.
     */
    readonly list: (params: S.PluginListParams, options?: O) => Effect.Effect<S.PluginListResponse, E>
    /**
     * `plugin/read`.
     */
    readonly read: (params: S.PluginReadParams, options?: O) => Effect.Effect<S.PluginReadResponse, E>
    /**
     * `plugin/reconcile`.
     */
    readonly reconcile: (params: S.PluginReconcileParams, options?: O) => Effect.Effect<S.PluginReconcileResponse, E>
    /**
     * `plugin/search`.
     *
     * Experimental: the connection must ask for `experimentalApi`.
     */
    readonly search: (params: S.PluginSearchParams, options?: O) => Effect.Effect<S.PluginSearchResponse, E>
    readonly share: {
      /**
       * `plugin/share/checkout`.
       */
      readonly checkout: (params: S.PluginShareCheckoutParams, options?: O) => Effect.Effect<S.PluginShareCheckoutResponse, E>
      /**
       * `plugin/share/delete`.
       */
      readonly delete: (params: S.PluginShareDeleteParams, options?: O) => Effect.Effect<S.PluginShareDeleteResponse, E>
      /**
       * `plugin/share/list`.
       */
      readonly list: (params: S.PluginShareListParams, options?: O) => Effect.Effect<S.PluginShareListResponse, E>
      /**
       * `plugin/share/save`.
       */
      readonly save: (params: S.PluginShareSaveParams, options?: O) => Effect.Effect<S.PluginShareSaveResponse, E>
      /**
       * `plugin/share/updateTargets`.
       */
      readonly updateTargets: (params: S.PluginShareUpdateTargetsParams, options?: O) => Effect.Effect<S.PluginShareUpdateTargetsResponse, E>
    }
    readonly skill: {
      /**
       * `plugin/skill/read`.
       */
      readonly read: (params: S.PluginSkillReadParams, options?: O) => Effect.Effect<S.PluginSkillReadResponse, E>
    }
    /**
     * `plugin/uninstall`.
     */
    readonly uninstall: (params: S.PluginUninstallParams, options?: O) => Effect.Effect<S.PluginUninstallResponse, E>
  }
  readonly process: {
    /**
     * `process/kill`.
     *
     * Terminate a running `process/spawn` session by client-supplied `processHandle`.
     *
     * Experimental: the connection must ask for `experimentalApi`.
     */
    readonly kill: (params: S.ProcessKillParams, options?: O) => Effect.Effect<S.ProcessKillResponse, E>
    /**
     * `process/resizePty`.
     *
     * Resize a running PTY-backed `process/spawn` session by client-supplied `processHandle`.
     *
     * Experimental: the connection must ask for `experimentalApi`.
     */
    readonly resizePty: (params: S.ProcessResizePtyParams, options?: O) => Effect.Effect<S.ProcessResizePtyResponse, E>
    /**
     * `process/spawn`.
     *
     * Spawn a standalone process (argv vector) without a Codex sandbox.
     *
     * Experimental: the connection must ask for `experimentalApi`.
     */
    readonly spawn: (params: S.ProcessSpawnParams, options?: O) => Effect.Effect<S.ProcessSpawnResponse, E>
    /**
     * `process/writeStdin`.
     *
     * Write stdin bytes to a running `process/spawn` session or close stdin.
     *
     * Experimental: the connection must ask for `experimentalApi`.
     */
    readonly writeStdin: (params: S.ProcessWriteStdinParams, options?: O) => Effect.Effect<S.ProcessWriteStdinResponse, E>
  }
  readonly project: {
    /**
     * `project/create`.
     *
     * Experimental: the connection must ask for `experimentalApi`.
     */
    readonly create: (params: S.ProjectCreateParams, options?: O) => Effect.Effect<S.ProjectCreateResponse, E>
    /**
     * `project/delete`.
     *
     * Experimental: the connection must ask for `experimentalApi`.
     */
    readonly delete: (params: S.ProjectDeleteParams, options?: O) => Effect.Effect<S.ProjectDeleteResponse, E>
    /**
     * `project/import`.
     *
     * Experimental: the connection must ask for `experimentalApi`.
     */
    readonly import: (params: S.ProjectImportParams, options?: O) => Effect.Effect<S.ProjectImportResponse, E>
    /**
     * `project/list`.
     *
     * Experimental: the connection must ask for `experimentalApi`.
     */
    readonly list: (params: S.ProjectListParams, options?: O) => Effect.Effect<S.ProjectListResponse, E>
    /**
     * `project/move`.
     *
     * Experimental: the connection must ask for `experimentalApi`.
     */
    readonly move: (params: S.ProjectMoveParams, options?: O) => Effect.Effect<S.ProjectMoveResponse, E>
    /**
     * `project/read`.
     *
     * Experimental: the connection must ask for `experimentalApi`.
     */
    readonly read: (params: S.ProjectReadParams, options?: O) => Effect.Effect<S.ProjectReadResponse, E>
    /**
     * `project/update`.
     *
     * Experimental: the connection must ask for `experimentalApi`.
     */
    readonly update: (params: S.ProjectUpdateParams, options?: O) => Effect.Effect<S.ProjectUpdateResponse, E>
  }
  readonly remoteControl: {
    readonly client: {
      /**
       * `remoteControl/client/list`.
       *
       * Experimental: the connection must ask for `experimentalApi`.
       */
      readonly list: (params: S.RemoteControlClientsListParams, options?: O) => Effect.Effect<S.RemoteControlClientsListResponse, E>
      /**
       * `remoteControl/client/revoke`.
       *
       * Experimental: the connection must ask for `experimentalApi`.
       */
      readonly revoke: (params: S.RemoteControlClientsRevokeParams, options?: O) => Effect.Effect<S.RemoteControlClientsRevokeResponse, E>
    }
    /**
     * `remoteControl/disable`.
     *
     * Experimental: the connection must ask for `experimentalApi`.
     */
    readonly disable: (params?: S.RemoteControlDisableParams | null, options?: O) => Effect.Effect<S.RemoteControlDisableResponse, E>
    /**
     * `remoteControl/enable`.
     *
     * Experimental: the connection must ask for `experimentalApi`.
     */
    readonly enable: (params?: S.RemoteControlEnableParams | null, options?: O) => Effect.Effect<S.RemoteControlEnableResponse, E>
    readonly pairing: {
      /**
       * `remoteControl/pairing/start`.
       *
       * Experimental: the connection must ask for `experimentalApi`.
       */
      readonly start: (params: S.RemoteControlPairingStartParams, options?: O) => Effect.Effect<S.RemoteControlPairingStartResponse, E>
      /**
       * `remoteControl/pairing/status`.
       *
       * Experimental: the connection must ask for `experimentalApi`.
       */
      readonly status: (params: S.RemoteControlPairingStatusParams, options?: O) => Effect.Effect<S.RemoteControlPairingStatusResponse, E>
    }
    readonly status: {
      /**
       * `remoteControl/status/read`: takes no params, so it is an `Effect`, not a function.
       *
       * Experimental: the connection must ask for `experimentalApi`.
       */
      readonly read: Effect.Effect<S.RemoteControlStatusReadResponse, E>
    }
  }
  readonly review: {
    /**
     * `review/start`.
     */
    readonly start: (params: S.ReviewStartParams, options?: O) => Effect.Effect<S.ReviewStartResponse, E>
  }
  readonly rollout: {
    /**
     * `rollout/compress`: takes no params, so it is an `Effect`, not a function.
     *
     * Start a best-effort background compression pass for cold local rollouts.
     *
     * Experimental: the connection must ask for `experimentalApi`.
     */
    readonly compress: Effect.Effect<S.RolloutCompressResponse, E>
  }
  readonly server: {
    /**
     * `server/diagnostics`.
     *
     * Read content-free, process-local diagnostics.
     *
     * Experimental: the connection must ask for `experimentalApi`.
     */
    readonly diagnostics: (params: S.ServerDiagnosticsParams, options?: O) => Effect.Effect<S.ServerDiagnosticsResponse, E>
  }
  readonly skills: {
    readonly config: {
      /**
       * `skills/config/write`.
       */
      readonly write: (params: S.SkillsConfigWriteParams, options?: O) => Effect.Effect<S.SkillsConfigWriteResponse, E>
    }
    readonly extraRoots: {
      /**
       * `skills/extraRoots/set`.
       */
      readonly set: (params: S.SkillsExtraRootsSetParams, options?: O) => Effect.Effect<S.SkillsExtraRootsSetResponse, E>
    }
    /**
     * `skills/list`.
     */
    readonly list: (params: S.SkillsListParams, options?: O) => Effect.Effect<S.SkillsListResponse, E>
  }
  readonly thread: {
    /**
     * `thread/approveGuardianDeniedAction`.
     */
    readonly approveGuardianDeniedAction: (params: S.ThreadApproveGuardianDeniedActionParams, options?: O) => Effect.Effect<S.ThreadApproveGuardianDeniedActionResponse, E>
    /**
     * `thread/archive`.
     */
    readonly archive: (params: S.ThreadArchiveParams, options?: O) => Effect.Effect<S.ThreadArchiveResponse, E>
    readonly attachment: {
      /**
       * `thread/attachment/add`.
       */
      readonly add: (params: S.ThreadAttachmentAddParams, options?: O) => Effect.Effect<S.ThreadAttachmentAddResponse, E>
      /**
       * `thread/attachment/list`.
       */
      readonly list: (params: S.ThreadAttachmentListParams, options?: O) => Effect.Effect<S.ThreadAttachmentListResponse, E>
      /**
       * `thread/attachment/remove`.
       */
      readonly remove: (params: S.ThreadAttachmentRemoveParams, options?: O) => Effect.Effect<S.ThreadAttachmentRemoveResponse, E>
    }
    readonly attachmentOwner: {
      /**
       * `thread/attachmentOwner/list`.
       */
      readonly list: (params: S.ThreadAttachmentOwnerListParams, options?: O) => Effect.Effect<S.ThreadAttachmentOwnerListResponse, E>
    }
    readonly backgroundTerminals: {
      /**
       * `thread/backgroundTerminals/clean`.
       *
       * Experimental: the connection must ask for `experimentalApi`.
       */
      readonly clean: (params: S.ThreadBackgroundTerminalsCleanParams, options?: O) => Effect.Effect<S.ThreadBackgroundTerminalsCleanResponse, E>
      /**
       * `thread/backgroundTerminals/list`.
       *
       * Experimental: the connection must ask for `experimentalApi`.
       */
      readonly list: (params: S.ThreadBackgroundTerminalsListParams, options?: O) => Effect.Effect<S.ThreadBackgroundTerminalsListResponse, E>
      /**
       * `thread/backgroundTerminals/terminate`.
       *
       * Experimental: the connection must ask for `experimentalApi`.
       */
      readonly terminate: (params: S.ThreadBackgroundTerminalsTerminateParams, options?: O) => Effect.Effect<S.ThreadBackgroundTerminalsTerminateResponse, E>
    }
    readonly compact: {
      /**
       * `thread/compact/start`.
       */
      readonly start: (params: S.ThreadCompactStartParams, options?: O) => Effect.Effect<S.ThreadCompactStartResponse, E>
    }
    /**
     * `thread/decrement_elicitation`.
     *
     * Decrement the thread-local out-of-band elicitation counter.
     *
     * When the count reaches zero, timeout accounting resumes for the thread.
     *
     * Experimental: the connection must ask for `experimentalApi`.
     */
    readonly decrementElicitation: (params: S.ThreadDecrementElicitationParams, options?: O) => Effect.Effect<S.ThreadDecrementElicitationResponse, E>
    /**
     * `thread/delete`.
     */
    readonly delete: (params: S.ThreadDeleteParams, options?: O) => Effect.Effect<S.ThreadDeleteResponse, E>
    /**
     * `thread/fork`.
     */
    readonly fork: (params: S.ThreadForkParams, options?: O) => Effect.Effect<S.ThreadForkResponse, E>
    readonly goal: {
      /**
       * `thread/goal/clear`.
       */
      readonly clear: (params: S.ThreadGoalClearParams, options?: O) => Effect.Effect<S.ThreadGoalClearResponse, E>
      /**
       * `thread/goal/get`.
       */
      readonly get: (params: S.ThreadGoalGetParams, options?: O) => Effect.Effect<S.ThreadGoalGetResponse, E>
      /**
       * `thread/goal/set`.
       */
      readonly set: (params: S.ThreadGoalSetParams, options?: O) => Effect.Effect<S.ThreadGoalSetResponse, E>
    }
    /**
     * `thread/guardianReview`.
     *
     * Review the idle thread's final injected exec_command without executing it.
     *
     * Experimental: the connection must ask for `experimentalApi`.
     */
    readonly guardianReview: (params: S.ThreadGuardianReviewParams, options?: O) => Effect.Effect<S.ThreadGuardianReviewResponse, E>
    /**
     * `thread/increment_elicitation`.
     *
     * Increment the thread-local out-of-band elicitation counter.
     *
     * This is used by external helpers to pause timeout accounting while a user approval or other elicitation is pending outside the app-server request flow.
     *
     * Experimental: the connection must ask for `experimentalApi`.
     */
    readonly incrementElicitation: (params: S.ThreadIncrementElicitationParams, options?: O) => Effect.Effect<S.ThreadIncrementElicitationResponse, E>
    /**
     * `thread/inject_items`.
     *
     * Append raw Responses API items to the thread history without starting a user turn.
     */
    readonly injectItems: (params: S.ThreadInjectItemsParams, options?: O) => Effect.Effect<S.ThreadInjectItemsResponse, E>
    readonly items: {
      /**
       * `thread/items/list`.
       */
      readonly list: (params: S.ThreadItemsListParams, options?: O) => Effect.Effect<S.ThreadItemsListResponse, E>
      /**
       * `thread/items/read`.
       *
       * Experimental: the connection must ask for `experimentalApi`.
       */
      readonly read: (params: S.ThreadItemsReadParams, options?: O) => Effect.Effect<S.ThreadItemsReadResponse, E>
    }
    /**
     * `thread/list`.
     */
    readonly list: (params: S.ThreadListParams, options?: O) => Effect.Effect<S.ThreadListResponse, E>
    readonly loaded: {
      /**
       * `thread/loaded/list`.
       */
      readonly list: (params: S.ThreadLoadedListParams, options?: O) => Effect.Effect<S.ThreadLoadedListResponse, E>
    }
    readonly memory: {
      /**
       * `thread/memory/read`.
       *
       * Experimental: the connection must ask for `experimentalApi`.
       */
      readonly read: (params: S.ThreadMemoryReadParams, options?: O) => Effect.Effect<S.ThreadMemoryReadResponse, E>
    }
    readonly memoryMode: {
      /**
       * `thread/memoryMode/set`.
       *
       * Experimental: the connection must ask for `experimentalApi`.
       */
      readonly set: (params: S.ThreadMemoryModeSetParams, options?: O) => Effect.Effect<S.ThreadMemoryModeSetResponse, E>
    }
    readonly metadata: {
      /**
       * `thread/metadata/update`.
       */
      readonly update: (params: S.ThreadMetadataUpdateParams, options?: O) => Effect.Effect<S.ThreadMetadataUpdateResponse, E>
    }
    readonly name: {
      /**
       * `thread/name/set`.
       */
      readonly set: (params: S.ThreadSetNameParams, options?: O) => Effect.Effect<S.ThreadSetNameResponse, E>
    }
    readonly prediction: {
      /**
       * `thread/prediction/request`.
       *
       * Experimental: the connection must ask for `experimentalApi`.
       */
      readonly request: (params: S.ThreadPredictionRequestParams, options?: O) => Effect.Effect<S.ThreadPredictionRequestResponse, E>
    }
    /**
     * `thread/prepareApprovedPlan`.
     *
     * Experimental: the connection must ask for `experimentalApi`.
     */
    readonly prepareApprovedPlan: (params: S.ThreadPrepareApprovedPlanParams, options?: O) => Effect.Effect<S.ThreadPrepareApprovedPlanResponse, E>
    readonly queue: {
      /**
       * `thread/queue/add`.
       *
       * Experimental: the connection must ask for `experimentalApi`.
       */
      readonly add: (params: S.ThreadQueueAddParams, options?: O) => Effect.Effect<S.ThreadQueueAddResponse, E>
      /**
       * `thread/queue/delete`.
       *
       * Experimental: the connection must ask for `experimentalApi`.
       */
      readonly delete: (params: S.ThreadQueueDeleteParams, options?: O) => Effect.Effect<S.ThreadQueueDeleteResponse, E>
      /**
       * `thread/queue/list`.
       *
       * Experimental: the connection must ask for `experimentalApi`.
       */
      readonly list: (params: S.ThreadQueueListParams, options?: O) => Effect.Effect<S.ThreadQueueListResponse, E>
      /**
       * `thread/queue/reorder`.
       *
       * Experimental: the connection must ask for `experimentalApi`.
       */
      readonly reorder: (params: S.ThreadQueueReorderParams, options?: O) => Effect.Effect<S.ThreadQueueReorderResponse, E>
      /**
       * `thread/queue/start`.
       *
       * Experimental: the connection must ask for `experimentalApi`.
       */
      readonly start: (params: S.ThreadQueueStartParams, options?: O) => Effect.Effect<S.ThreadQueueStartResponse, E>
      /**
       * `thread/queue/update`.
       *
       * Experimental: the connection must ask for `experimentalApi`.
       */
      readonly update: (params: S.ThreadQueueUpdateParams, options?: O) => Effect.Effect<S.ThreadQueueUpdateResponse, E>
    }
    /**
     * `thread/read`.
     */
    readonly read: (params: S.ThreadReadParams, options?: O) => Effect.Effect<S.ThreadReadResponse, E>
    readonly readState: {
      /**
       * `thread/readState/update`.
       *
       * Experimental: the connection must ask for `experimentalApi`.
       */
      readonly update: (params: S.ThreadReadStateUpdateParams, options?: O) => Effect.Effect<S.ThreadReadStateUpdateResponse, E>
    }
    readonly realtime: {
      /**
       * `thread/realtime/appendAudio`.
       *
       * Experimental: the connection must ask for `experimentalApi`.
       */
      readonly appendAudio: (params: S.ThreadRealtimeAppendAudioParams, options?: O) => Effect.Effect<S.ThreadRealtimeAppendAudioResponse, E>
      /**
       * `thread/realtime/appendSpeech`.
       *
       * Experimental: the connection must ask for `experimentalApi`.
       */
      readonly appendSpeech: (params: S.ThreadRealtimeAppendSpeechParams, options?: O) => Effect.Effect<S.ThreadRealtimeAppendSpeechResponse, E>
      /**
       * `thread/realtime/appendText`.
       *
       * Experimental: the connection must ask for `experimentalApi`.
       */
      readonly appendText: (params: S.ThreadRealtimeAppendTextParams, options?: O) => Effect.Effect<S.ThreadRealtimeAppendTextResponse, E>
      /**
       * `thread/realtime/list`.
       *
       * Experimental: the connection must ask for `experimentalApi`.
       */
      readonly list: (params: S.ThreadRealtimeListParams, options?: O) => Effect.Effect<S.ThreadRealtimeListResponse, E>
      /**
       * `thread/realtime/listVoices`.
       *
       * Experimental: the connection must ask for `experimentalApi`.
       */
      readonly listVoices: (params: S.ThreadRealtimeListVoicesParams, options?: O) => Effect.Effect<S.ThreadRealtimeListVoicesResponse, E>
      /**
       * `thread/realtime/start`.
       *
       * Experimental: the connection must ask for `experimentalApi`.
       */
      readonly start: (params: S.ThreadRealtimeStartParams, options?: O) => Effect.Effect<S.ThreadRealtimeStartResponse, E>
      /**
       * `thread/realtime/stop`.
       *
       * Experimental: the connection must ask for `experimentalApi`.
       */
      readonly stop: (params: S.ThreadRealtimeStopParams, options?: O) => Effect.Effect<S.ThreadRealtimeStopResponse, E>
    }
    /**
     * `thread/resume`.
     */
    readonly resume: (params: S.ThreadResumeParams, options?: O) => Effect.Effect<S.ThreadResumeResponse, E>
    /**
     * `thread/revert`.
     */
    readonly revert: (params: S.ThreadRevertParams, options?: O) => Effect.Effect<S.ThreadRevertResponse, E>
    readonly sample: {
      /**
       * `thread/sample`.
       *
       * Experimental: the connection must ask for `experimentalApi`.
       */
      (params: S.ThreadSampleParams, options?: O): Effect.Effect<S.ThreadSampleResponse, E>
      /**
       * `thread/sample/cancel`.
       *
       * Experimental: the connection must ask for `experimentalApi`.
       */
      readonly cancel: (params: S.ThreadSampleCancelParams, options?: O) => Effect.Effect<S.ThreadSampleCancelResponse, E>
    }
    readonly search: {
      /**
       * `thread/search`.
       *
       * Experimental: the connection must ask for `experimentalApi`.
       */
      (params: S.ThreadSearchParams, options?: O): Effect.Effect<S.ThreadSearchResponse, E>
      /**
       * `thread/search/cancel`.
       *
       * Experimental: the connection must ask for `experimentalApi`.
       */
      readonly cancel: (params: S.ThreadSearchCancelParams, options?: O) => Effect.Effect<S.ThreadSearchCancelResponse, E>
      readonly stream: {
        /**
         * `thread/search/stream`.
         *
         * Search with best-effort incremental `thread/search/partial` notifications. The final response is authoritative for results, ordering, and cursors.
         *
         * Experimental: the connection must ask for `experimentalApi`.
         */
        (params: S.ThreadSearchParams, options?: O): Effect.Effect<S.ThreadSearchResponse, E>
        /**
         * `thread/search/stream/cancel`.
         *
         * Cancel a `thread/search/stream` request on this connection.
         *
         * Experimental: the connection must ask for `experimentalApi`.
         */
        readonly cancel: (params: S.ThreadSearchCancelParams, options?: O) => Effect.Effect<S.ThreadSearchCancelResponse, E>
      }
    }
    /**
     * `thread/searchOccurrences`.
     *
     * Experimental: the connection must ask for `experimentalApi`.
     */
    readonly searchOccurrences: (params: S.ThreadSearchOccurrencesParams, options?: O) => Effect.Effect<S.ThreadSearchOccurrencesResponse, E>
    readonly section: {
      /**
       * `thread/section/move`.
       */
      readonly move: (params: S.ThreadSectionMoveParams, options?: O) => Effect.Effect<S.ThreadSectionMoveResponse, E>
    }
    readonly settings: {
      /**
       * `thread/settings/update`.
       *
       * Experimental: the connection must ask for `experimentalApi`.
       */
      readonly update: (params: S.ThreadSettingsUpdateParams, options?: O) => Effect.Effect<S.ThreadSettingsUpdateResponse, E>
    }
    /**
     * `thread/shellCommand`.
     */
    readonly shellCommand: (params: S.ThreadShellCommandParams, options?: O) => Effect.Effect<S.ThreadShellCommandResponse, E>
    /**
     * `thread/start`.
     */
    readonly start: (params: S.ThreadStartParams, options?: O) => Effect.Effect<S.ThreadStartResponse, E>
    readonly timeline: {
      /**
       * `thread/timeline/list`.
       *
       * Experimental: the connection must ask for `experimentalApi`.
       */
      readonly list: (params: S.ThreadTimelineListParams, options?: O) => Effect.Effect<S.ThreadTimelineListResponse, E>
    }
    readonly turns: {
      /**
       * `thread/turns/list`.
       */
      readonly list: (params: S.ThreadTurnsListParams, options?: O) => Effect.Effect<S.ThreadTurnsListResponse, E>
    }
    /**
     * `thread/unarchive`.
     */
    readonly unarchive: (params: S.ThreadUnarchiveParams, options?: O) => Effect.Effect<S.ThreadUnarchiveResponse, E>
    /**
     * `thread/unsubscribe`.
     */
    readonly unsubscribe: (params: S.ThreadUnsubscribeParams, options?: O) => Effect.Effect<S.ThreadUnsubscribeResponse, E>
  }
  readonly threadSection: {
    /**
     * `threadSection/create`.
     */
    readonly create: (params: S.ThreadSectionCreateParams, options?: O) => Effect.Effect<S.ThreadSectionCreateResponse, E>
    /**
     * `threadSection/delete`.
     */
    readonly delete: (params: S.ThreadSectionDeleteParams, options?: O) => Effect.Effect<S.ThreadSectionDeleteResponse, E>
    /**
     * `threadSection/list`.
     */
    readonly list: (params: S.ThreadSectionListParams, options?: O) => Effect.Effect<S.ThreadSectionListResponse, E>
    /**
     * `threadSection/update`.
     */
    readonly update: (params: S.ThreadSectionUpdateParams, options?: O) => Effect.Effect<S.ThreadSectionUpdateResponse, E>
  }
  readonly turn: {
    /**
     * `turn/interrupt`.
     */
    readonly interrupt: (params: S.TurnInterruptParams, options?: O) => Effect.Effect<S.TurnInterruptResponse, E>
    readonly settings: {
      /**
       * `turn/settings/update`.
       *
       * Experimental: the connection must ask for `experimentalApi`.
       */
      readonly update: (params: S.TurnSettingsUpdateParams, options?: O) => Effect.Effect<S.TurnSettingsUpdateResponse, E>
    }
    /**
     * `turn/start`.
     */
    readonly start: (params: S.TurnStartParams, options?: O) => Effect.Effect<S.TurnStartResponse, E>
    /**
     * `turn/steer`.
     */
    readonly steer: (params: S.TurnSteerParams, options?: O) => Effect.Effect<S.TurnSteerResponse, E>
  }
  readonly userVerification: {
    /**
     * `userVerification/cancel`.
     *
     * Experimental: the connection must ask for `experimentalApi`.
     */
    readonly cancel: (params: S.UserVerificationCancelParams, options?: O) => Effect.Effect<S.UserVerificationCancelResponse, E>
    /**
     * `userVerification/delete`.
     *
     * Experimental: the connection must ask for `experimentalApi`.
     */
    readonly delete: (params: S.UserVerificationDeleteParams, options?: O) => Effect.Effect<S.UserVerificationDeleteResponse, E>
    /**
     * `userVerification/enroll`.
     *
     * Experimental: the connection must ask for `experimentalApi`.
     */
    readonly enroll: (params: S.UserVerificationEnrollParams, options?: O) => Effect.Effect<S.UserVerificationEnrollResponse, E>
    /**
     * `userVerification/status`.
     *
     * Experimental: the connection must ask for `experimentalApi`.
     */
    readonly status: (params: S.UserVerificationStatusParams, options?: O) => Effect.Effect<S.UserVerificationStatusResponse, E>
    /**
     * `userVerification/verify`.
     *
     * Experimental: the connection must ask for `experimentalApi`.
     */
    readonly verify: (params: S.UserVerificationVerifyParams, options?: O) => Effect.Effect<S.UserVerificationVerifyResponse, E>
  }
  readonly windowsSandbox: {
    /**
     * `windowsSandbox/readiness`: takes no params, so it is an `Effect`, not a function.
     */
    readonly readiness: Effect.Effect<S.WindowsSandboxReadinessResponse, E>
    /**
     * `windowsSandbox/setupStart`.
     */
    readonly setupStart: (params: S.WindowsSandboxSetupStartParams, options?: O) => Effect.Effect<S.WindowsSandboxSetupStartResponse, E>
  }
}

/**
 * Builds the client on one `request` function: a plain object of closures, nothing decoded or
 * constructed until a method is called.
 *
 * @since 0.3.0
 * @category constructors
 */
export const make = <E, O>(request: Request<E, O>): Client<E, O> => ({
  account: {
    bedrock: {
      checkGovCloudRequirements: (params: S.BedrockCheckGovCloudRequirementsParams, options?: O) => request("account/bedrock/checkGovCloudRequirements", params, options),
      discover: (params: S.BedrockDiscoverParams, options?: O) => request("account/bedrock/discover", params, options),
      setup: (params: S.BedrockSetupParams, options?: O) => request("account/bedrock/setup", params, options)
    },
    gatewayOAuth: {
      cancel: request("account/gatewayOAuth/cancel", undefined, undefined),
      login: (params?: S.GatewayOAuthLoginParams | null, options?: O) => request("account/gatewayOAuth/login", params, options),
      read: (params?: S.GatewayOAuthReadParams | null, options?: O) => request("account/gatewayOAuth/read", params, options)
    },
    gcp: {
      setup: (params: S.GcpSetupParams, options?: O) => request("account/gcp/setup", params, options)
    },
    login: {
      cancel: (params: S.CancelLoginAccountParams, options?: O) => request("account/login/cancel", params, options),
      start: (params: S.LoginAccountParams, options?: O) => request("account/login/start", params, options)
    },
    logout: request("account/logout", undefined, undefined),
    rateLimitResetCredit: {
      consume: (params: S.ConsumeAccountRateLimitResetCreditParams, options?: O) => request("account/rateLimitResetCredit/consume", params, options)
    },
    rateLimits: {
      read: (params?: S.GetAccountRateLimitsParams | null, options?: O) => request("account/rateLimits/read", params, options)
    },
    read: (params: S.GetAccountParams, options?: O) => request("account/read", params, options),
    securitySetup: {
      read: request("account/securitySetup/read", undefined, undefined)
    },
    sendAddCreditsNudgeEmail: (params: S.SendAddCreditsNudgeEmailParams, options?: O) => request("account/sendAddCreditsNudgeEmail", params, options),
    usage: {
      read: (params?: S.GetAccountTokenUsageParams | null, options?: O) => request("account/usage/read", params, options)
    },
    workspaceMessages: {
      read: request("account/workspaceMessages/read", undefined, undefined)
    }
  },
  accountSession: {
    list: (params: S.AccountSessionsListParams, options?: O) => request("accountSession/list", params, options),
    switch: (params: S.AccountSessionsSwitchParams, options?: O) => request("accountSession/switch", params, options)
  },
  app: {
    installed: (params: S.AppsInstalledParams, options?: O) => request("app/installed", params, options),
    list: (params: S.AppsListParams, options?: O) => request("app/list", params, options),
    read: (params: S.AppsReadParams, options?: O) => request("app/read", params, options)
  },
  collaborationMode: {
    list: (params: S.CollaborationModeListParams, options?: O) => request("collaborationMode/list", params, options)
  },
  command: {
    exec: Object.assign((params: S.CommandExecParams, options?: O) => request("command/exec", params, options), {
      resize: (params: S.CommandExecResizeParams, options?: O) => request("command/exec/resize", params, options),
      terminate: (params: S.CommandExecTerminateParams, options?: O) => request("command/exec/terminate", params, options),
      write: (params: S.CommandExecWriteParams, options?: O) => request("command/exec/write", params, options)
    })
  },
  config: {
    batchWrite: (params: S.ConfigBatchWriteParams, options?: O) => request("config/batchWrite", params, options),
    mcpServer: {
      reload: request("config/mcpServer/reload", undefined, undefined)
    },
    read: (params: S.ConfigReadParams, options?: O) => request("config/read", params, options),
    value: {
      write: (params: S.ConfigValueWriteParams, options?: O) => request("config/value/write", params, options)
    }
  },
  configRequirements: {
    read: request("configRequirements/read", undefined, undefined)
  },
  environment: {
    add: (params: S.EnvironmentAddParams, options?: O) => request("environment/add", params, options),
    info: (params: S.EnvironmentInfoParams, options?: O) => request("environment/info", params, options),
    status: (params: S.EnvironmentStatusParams, options?: O) => request("environment/status", params, options)
  },
  experimentalFeature: {
    enablement: {
      set: (params: S.ExperimentalFeatureEnablementSetParams, options?: O) => request("experimentalFeature/enablement/set", params, options)
    },
    list: (params: S.ExperimentalFeatureListParams, options?: O) => request("experimentalFeature/list", params, options)
  },
  externalAgentConfig: {
    detect: (params: S.ExternalAgentConfigDetectParams, options?: O) => request("externalAgentConfig/detect", params, options),
    import: Object.assign((params: S.ExternalAgentConfigImportParams, options?: O) => request("externalAgentConfig/import", params, options), {
      readHistories: request("externalAgentConfig/import/readHistories", undefined, undefined),
      recordHistory: (params: S.ExternalAgentConfigImportHistoryRecordParams, options?: O) => request("externalAgentConfig/import/recordHistory", params, options)
    })
  },
  feedback: {
    save: (params: S.FeedbackSaveParams, options?: O) => request("feedback/save", params, options),
    upload: (params: S.FeedbackUploadParams, options?: O) => request("feedback/upload", params, options)
  },
  fs: {
    copy: (params: S.FsCopyParams, options?: O) => request("fs/copy", params, options),
    createDirectory: (params: S.FsCreateDirectoryParams, options?: O) => request("fs/createDirectory", params, options),
    getMetadata: (params: S.FsGetMetadataParams, options?: O) => request("fs/getMetadata", params, options),
    readDirectory: (params: S.FsReadDirectoryParams, options?: O) => request("fs/readDirectory", params, options),
    readFile: (params: S.FsReadFileParams, options?: O) => request("fs/readFile", params, options),
    remove: (params: S.FsRemoveParams, options?: O) => request("fs/remove", params, options),
    unwatch: (params: S.FsUnwatchParams, options?: O) => request("fs/unwatch", params, options),
    watch: (params: S.FsWatchParams, options?: O) => request("fs/watch", params, options),
    writeFile: (params: S.FsWriteFileParams, options?: O) => request("fs/writeFile", params, options)
  },
  fuzzyFileSearch: Object.assign((params: S.FuzzyFileSearchParams, options?: O) => request("fuzzyFileSearch", params, options), {
    sessionStart: (params: S.FuzzyFileSearchSessionStartParams, options?: O) => request("fuzzyFileSearch/sessionStart", params, options),
    sessionStop: (params: S.FuzzyFileSearchSessionStopParams, options?: O) => request("fuzzyFileSearch/sessionStop", params, options),
    sessionUpdate: (params: S.FuzzyFileSearchSessionUpdateParams, options?: O) => request("fuzzyFileSearch/sessionUpdate", params, options)
  }),
  hooks: {
    list: (params: S.HooksListParams, options?: O) => request("hooks/list", params, options)
  },
  initialize: (params: S.InitializeParams, options?: O) => request("initialize", params, options),
  marketplace: {
    add: (params: S.MarketplaceAddParams, options?: O) => request("marketplace/add", params, options),
    remove: (params: S.MarketplaceRemoveParams, options?: O) => request("marketplace/remove", params, options),
    upgrade: (params: S.MarketplaceUpgradeParams, options?: O) => request("marketplace/upgrade", params, options)
  },
  mcpServer: {
    event: {
      stream: {
        start: (params: S.McpServerEventStreamStartParams, options?: O) => request("mcpServer/event/stream/start", params, options),
        stop: (params: S.McpServerEventStreamStopParams, options?: O) => request("mcpServer/event/stream/stop", params, options)
      }
    },
    oauth: {
      login: (params: S.McpServerOauthLoginParams, options?: O) => request("mcpServer/oauth/login", params, options)
    },
    resource: {
      read: (params: S.McpResourceReadParams, options?: O) => request("mcpServer/resource/read", params, options)
    },
    tool: {
      call: (params: S.McpServerToolCallParams, options?: O) => request("mcpServer/tool/call", params, options)
    }
  },
  mcpServerStatus: {
    list: (params: S.ListMcpServerStatusParams, options?: O) => request("mcpServerStatus/list", params, options)
  },
  memory: {
    reset: request("memory/reset", undefined, undefined),
    status: (params: S.MemoryStatusParams, options?: O) => request("memory/status", params, options)
  },
  mock: {
    experimentalMethod: (params: S.MockExperimentalMethodParams, options?: O) => request("mock/experimentalMethod", params, options)
  },
  model: {
    list: (params: S.ModelListParams, options?: O) => request("model/list", params, options)
  },
  modelProvider: {
    capabilities: {
      read: (params: S.ModelProviderCapabilitiesReadParams, options?: O) => request("modelProvider/capabilities/read", params, options)
    },
    config: {
      write: (params: S.ModelProviderConfigWriteParams, options?: O) => request("modelProvider/config/write", params, options)
    },
    default: {
      set: (params: S.ModelProviderDefaultSetParams, options?: O) => request("modelProvider/default/set", params, options)
    },
    list: (params: S.ModelProviderListParams, options?: O) => request("modelProvider/list", params, options)
  },
  permissionProfile: {
    list: (params: S.PermissionProfileListParams, options?: O) => request("permissionProfile/list", params, options)
  },
  plugin: {
    install: (params: S.PluginInstallParams, options?: O) => request("plugin/install", params, options),
    installed: (params: S.PluginInstalledParams, options?: O) => request("plugin/installed", params, options),
    list: (params: S.PluginListParams, options?: O) => request("plugin/list", params, options),
    read: (params: S.PluginReadParams, options?: O) => request("plugin/read", params, options),
    reconcile: (params: S.PluginReconcileParams, options?: O) => request("plugin/reconcile", params, options),
    search: (params: S.PluginSearchParams, options?: O) => request("plugin/search", params, options),
    share: {
      checkout: (params: S.PluginShareCheckoutParams, options?: O) => request("plugin/share/checkout", params, options),
      delete: (params: S.PluginShareDeleteParams, options?: O) => request("plugin/share/delete", params, options),
      list: (params: S.PluginShareListParams, options?: O) => request("plugin/share/list", params, options),
      save: (params: S.PluginShareSaveParams, options?: O) => request("plugin/share/save", params, options),
      updateTargets: (params: S.PluginShareUpdateTargetsParams, options?: O) => request("plugin/share/updateTargets", params, options)
    },
    skill: {
      read: (params: S.PluginSkillReadParams, options?: O) => request("plugin/skill/read", params, options)
    },
    uninstall: (params: S.PluginUninstallParams, options?: O) => request("plugin/uninstall", params, options)
  },
  process: {
    kill: (params: S.ProcessKillParams, options?: O) => request("process/kill", params, options),
    resizePty: (params: S.ProcessResizePtyParams, options?: O) => request("process/resizePty", params, options),
    spawn: (params: S.ProcessSpawnParams, options?: O) => request("process/spawn", params, options),
    writeStdin: (params: S.ProcessWriteStdinParams, options?: O) => request("process/writeStdin", params, options)
  },
  project: {
    create: (params: S.ProjectCreateParams, options?: O) => request("project/create", params, options),
    delete: (params: S.ProjectDeleteParams, options?: O) => request("project/delete", params, options),
    import: (params: S.ProjectImportParams, options?: O) => request("project/import", params, options),
    list: (params: S.ProjectListParams, options?: O) => request("project/list", params, options),
    move: (params: S.ProjectMoveParams, options?: O) => request("project/move", params, options),
    read: (params: S.ProjectReadParams, options?: O) => request("project/read", params, options),
    update: (params: S.ProjectUpdateParams, options?: O) => request("project/update", params, options)
  },
  remoteControl: {
    client: {
      list: (params: S.RemoteControlClientsListParams, options?: O) => request("remoteControl/client/list", params, options),
      revoke: (params: S.RemoteControlClientsRevokeParams, options?: O) => request("remoteControl/client/revoke", params, options)
    },
    disable: (params?: S.RemoteControlDisableParams | null, options?: O) => request("remoteControl/disable", params, options),
    enable: (params?: S.RemoteControlEnableParams | null, options?: O) => request("remoteControl/enable", params, options),
    pairing: {
      start: (params: S.RemoteControlPairingStartParams, options?: O) => request("remoteControl/pairing/start", params, options),
      status: (params: S.RemoteControlPairingStatusParams, options?: O) => request("remoteControl/pairing/status", params, options)
    },
    status: {
      read: request("remoteControl/status/read", undefined, undefined)
    }
  },
  review: {
    start: (params: S.ReviewStartParams, options?: O) => request("review/start", params, options)
  },
  rollout: {
    compress: request("rollout/compress", undefined, undefined)
  },
  server: {
    diagnostics: (params: S.ServerDiagnosticsParams, options?: O) => request("server/diagnostics", params, options)
  },
  skills: {
    config: {
      write: (params: S.SkillsConfigWriteParams, options?: O) => request("skills/config/write", params, options)
    },
    extraRoots: {
      set: (params: S.SkillsExtraRootsSetParams, options?: O) => request("skills/extraRoots/set", params, options)
    },
    list: (params: S.SkillsListParams, options?: O) => request("skills/list", params, options)
  },
  thread: {
    approveGuardianDeniedAction: (params: S.ThreadApproveGuardianDeniedActionParams, options?: O) => request("thread/approveGuardianDeniedAction", params, options),
    archive: (params: S.ThreadArchiveParams, options?: O) => request("thread/archive", params, options),
    attachment: {
      add: (params: S.ThreadAttachmentAddParams, options?: O) => request("thread/attachment/add", params, options),
      list: (params: S.ThreadAttachmentListParams, options?: O) => request("thread/attachment/list", params, options),
      remove: (params: S.ThreadAttachmentRemoveParams, options?: O) => request("thread/attachment/remove", params, options)
    },
    attachmentOwner: {
      list: (params: S.ThreadAttachmentOwnerListParams, options?: O) => request("thread/attachmentOwner/list", params, options)
    },
    backgroundTerminals: {
      clean: (params: S.ThreadBackgroundTerminalsCleanParams, options?: O) => request("thread/backgroundTerminals/clean", params, options),
      list: (params: S.ThreadBackgroundTerminalsListParams, options?: O) => request("thread/backgroundTerminals/list", params, options),
      terminate: (params: S.ThreadBackgroundTerminalsTerminateParams, options?: O) => request("thread/backgroundTerminals/terminate", params, options)
    },
    compact: {
      start: (params: S.ThreadCompactStartParams, options?: O) => request("thread/compact/start", params, options)
    },
    decrementElicitation: (params: S.ThreadDecrementElicitationParams, options?: O) => request("thread/decrement_elicitation", params, options),
    delete: (params: S.ThreadDeleteParams, options?: O) => request("thread/delete", params, options),
    fork: (params: S.ThreadForkParams, options?: O) => request("thread/fork", params, options),
    goal: {
      clear: (params: S.ThreadGoalClearParams, options?: O) => request("thread/goal/clear", params, options),
      get: (params: S.ThreadGoalGetParams, options?: O) => request("thread/goal/get", params, options),
      set: (params: S.ThreadGoalSetParams, options?: O) => request("thread/goal/set", params, options)
    },
    guardianReview: (params: S.ThreadGuardianReviewParams, options?: O) => request("thread/guardianReview", params, options),
    incrementElicitation: (params: S.ThreadIncrementElicitationParams, options?: O) => request("thread/increment_elicitation", params, options),
    injectItems: (params: S.ThreadInjectItemsParams, options?: O) => request("thread/inject_items", params, options),
    items: {
      list: (params: S.ThreadItemsListParams, options?: O) => request("thread/items/list", params, options),
      read: (params: S.ThreadItemsReadParams, options?: O) => request("thread/items/read", params, options)
    },
    list: (params: S.ThreadListParams, options?: O) => request("thread/list", params, options),
    loaded: {
      list: (params: S.ThreadLoadedListParams, options?: O) => request("thread/loaded/list", params, options)
    },
    memory: {
      read: (params: S.ThreadMemoryReadParams, options?: O) => request("thread/memory/read", params, options)
    },
    memoryMode: {
      set: (params: S.ThreadMemoryModeSetParams, options?: O) => request("thread/memoryMode/set", params, options)
    },
    metadata: {
      update: (params: S.ThreadMetadataUpdateParams, options?: O) => request("thread/metadata/update", params, options)
    },
    name: {
      set: (params: S.ThreadSetNameParams, options?: O) => request("thread/name/set", params, options)
    },
    prediction: {
      request: (params: S.ThreadPredictionRequestParams, options?: O) => request("thread/prediction/request", params, options)
    },
    prepareApprovedPlan: (params: S.ThreadPrepareApprovedPlanParams, options?: O) => request("thread/prepareApprovedPlan", params, options),
    queue: {
      add: (params: S.ThreadQueueAddParams, options?: O) => request("thread/queue/add", params, options),
      delete: (params: S.ThreadQueueDeleteParams, options?: O) => request("thread/queue/delete", params, options),
      list: (params: S.ThreadQueueListParams, options?: O) => request("thread/queue/list", params, options),
      reorder: (params: S.ThreadQueueReorderParams, options?: O) => request("thread/queue/reorder", params, options),
      start: (params: S.ThreadQueueStartParams, options?: O) => request("thread/queue/start", params, options),
      update: (params: S.ThreadQueueUpdateParams, options?: O) => request("thread/queue/update", params, options)
    },
    read: (params: S.ThreadReadParams, options?: O) => request("thread/read", params, options),
    readState: {
      update: (params: S.ThreadReadStateUpdateParams, options?: O) => request("thread/readState/update", params, options)
    },
    realtime: {
      appendAudio: (params: S.ThreadRealtimeAppendAudioParams, options?: O) => request("thread/realtime/appendAudio", params, options),
      appendSpeech: (params: S.ThreadRealtimeAppendSpeechParams, options?: O) => request("thread/realtime/appendSpeech", params, options),
      appendText: (params: S.ThreadRealtimeAppendTextParams, options?: O) => request("thread/realtime/appendText", params, options),
      list: (params: S.ThreadRealtimeListParams, options?: O) => request("thread/realtime/list", params, options),
      listVoices: (params: S.ThreadRealtimeListVoicesParams, options?: O) => request("thread/realtime/listVoices", params, options),
      start: (params: S.ThreadRealtimeStartParams, options?: O) => request("thread/realtime/start", params, options),
      stop: (params: S.ThreadRealtimeStopParams, options?: O) => request("thread/realtime/stop", params, options)
    },
    resume: (params: S.ThreadResumeParams, options?: O) => request("thread/resume", params, options),
    revert: (params: S.ThreadRevertParams, options?: O) => request("thread/revert", params, options),
    sample: Object.assign((params: S.ThreadSampleParams, options?: O) => request("thread/sample", params, options), {
      cancel: (params: S.ThreadSampleCancelParams, options?: O) => request("thread/sample/cancel", params, options)
    }),
    search: Object.assign((params: S.ThreadSearchParams, options?: O) => request("thread/search", params, options), {
      cancel: (params: S.ThreadSearchCancelParams, options?: O) => request("thread/search/cancel", params, options),
      stream: Object.assign((params: S.ThreadSearchParams, options?: O) => request("thread/search/stream", params, options), {
        cancel: (params: S.ThreadSearchCancelParams, options?: O) => request("thread/search/stream/cancel", params, options)
      })
    }),
    searchOccurrences: (params: S.ThreadSearchOccurrencesParams, options?: O) => request("thread/searchOccurrences", params, options),
    section: {
      move: (params: S.ThreadSectionMoveParams, options?: O) => request("thread/section/move", params, options)
    },
    settings: {
      update: (params: S.ThreadSettingsUpdateParams, options?: O) => request("thread/settings/update", params, options)
    },
    shellCommand: (params: S.ThreadShellCommandParams, options?: O) => request("thread/shellCommand", params, options),
    start: (params: S.ThreadStartParams, options?: O) => request("thread/start", params, options),
    timeline: {
      list: (params: S.ThreadTimelineListParams, options?: O) => request("thread/timeline/list", params, options)
    },
    turns: {
      list: (params: S.ThreadTurnsListParams, options?: O) => request("thread/turns/list", params, options)
    },
    unarchive: (params: S.ThreadUnarchiveParams, options?: O) => request("thread/unarchive", params, options),
    unsubscribe: (params: S.ThreadUnsubscribeParams, options?: O) => request("thread/unsubscribe", params, options)
  },
  threadSection: {
    create: (params: S.ThreadSectionCreateParams, options?: O) => request("threadSection/create", params, options),
    delete: (params: S.ThreadSectionDeleteParams, options?: O) => request("threadSection/delete", params, options),
    list: (params: S.ThreadSectionListParams, options?: O) => request("threadSection/list", params, options),
    update: (params: S.ThreadSectionUpdateParams, options?: O) => request("threadSection/update", params, options)
  },
  turn: {
    interrupt: (params: S.TurnInterruptParams, options?: O) => request("turn/interrupt", params, options),
    settings: {
      update: (params: S.TurnSettingsUpdateParams, options?: O) => request("turn/settings/update", params, options)
    },
    start: (params: S.TurnStartParams, options?: O) => request("turn/start", params, options),
    steer: (params: S.TurnSteerParams, options?: O) => request("turn/steer", params, options)
  },
  userVerification: {
    cancel: (params: S.UserVerificationCancelParams, options?: O) => request("userVerification/cancel", params, options),
    delete: (params: S.UserVerificationDeleteParams, options?: O) => request("userVerification/delete", params, options),
    enroll: (params: S.UserVerificationEnrollParams, options?: O) => request("userVerification/enroll", params, options),
    status: (params: S.UserVerificationStatusParams, options?: O) => request("userVerification/status", params, options),
    verify: (params: S.UserVerificationVerifyParams, options?: O) => request("userVerification/verify", params, options)
  },
  windowsSandbox: {
    readiness: request("windowsSandbox/readiness", undefined, undefined),
    setupStart: (params: S.WindowsSandboxSetupStartParams, options?: O) => request("windowsSandbox/setupStart", params, options)
  }
})

/**
 * Every server notification: method -> params type.
 *
 * @since 0.3.0
 * @category models
 */
export interface NotificationTable {
  /**
   * `account/gatewayOAuth/changed`.
   */
  readonly "account/gatewayOAuth/changed": S.GatewayOAuthChangedNotification
  /**
   * `account/login/completed`.
   */
  readonly "account/login/completed": S.AccountLoginCompletedNotification
  /**
   * `account/rateLimits/updated`.
   */
  readonly "account/rateLimits/updated": S.AccountRateLimitsUpdatedNotification
  /**
   * `account/updated`.
   */
  readonly "account/updated": S.AccountUpdatedNotification
  /**
   * `app/list/updated`.
   */
  readonly "app/list/updated": S.AppListUpdatedNotification
  /**
   * `autoApprovalReview/strictReviewRequired`.
   */
  readonly "autoApprovalReview/strictReviewRequired": S.StrictReviewRequiredNotification
  /**
   * `command/exec/outputDelta`.
   *
   * Stream base64-encoded stdout/stderr chunks for a running `command/exec` session.
   */
  readonly "command/exec/outputDelta": S.CommandExecOutputDeltaNotification
  /**
   * `configWarning`.
   */
  readonly "configWarning": S.ConfigWarningNotification
  /**
   * `deprecationNotice`.
   */
  readonly "deprecationNotice": S.DeprecationNoticeNotification
  /**
   * `error`.
   */
  readonly "error": S.ErrorNotification
  /**
   * `externalAgentConfig/import/completed`.
   */
  readonly "externalAgentConfig/import/completed": S.ExternalAgentConfigImportCompletedNotification
  /**
   * `externalAgentConfig/import/progress`.
   */
  readonly "externalAgentConfig/import/progress": S.ExternalAgentConfigImportProgressNotification
  /**
   * `fs/changed`.
   */
  readonly "fs/changed": S.FsChangedNotification
  /**
   * `fuzzyFileSearch/sessionCompleted`.
   */
  readonly "fuzzyFileSearch/sessionCompleted": S.FuzzyFileSearchSessionCompletedNotification
  /**
   * `fuzzyFileSearch/sessionUpdated`.
   */
  readonly "fuzzyFileSearch/sessionUpdated": S.FuzzyFileSearchSessionUpdatedNotification
  /**
   * `guardianWarning`.
   */
  readonly "guardianWarning": S.GuardianWarningNotification
  /**
   * `hook/completed`.
   */
  readonly "hook/completed": S.HookCompletedNotification
  /**
   * `hook/started`.
   */
  readonly "hook/started": S.HookStartedNotification
  /**
   * `item/agentMessage/delta`.
   */
  readonly "item/agentMessage/delta": S.AgentMessageDeltaNotification
  /**
   * `item/autoApprovalReview/completed`.
   */
  readonly "item/autoApprovalReview/completed": S.ItemGuardianApprovalReviewCompletedNotification
  /**
   * `item/autoApprovalReview/started`.
   */
  readonly "item/autoApprovalReview/started": S.ItemGuardianApprovalReviewStartedNotification
  /**
   * `item/commandExecution/outputDelta`.
   */
  readonly "item/commandExecution/outputDelta": S.CommandExecutionOutputDeltaNotification
  /**
   * `item/commandExecution/terminalInteraction`.
   */
  readonly "item/commandExecution/terminalInteraction": S.TerminalInteractionNotification
  /**
   * `item/completed`.
   */
  readonly "item/completed": S.ItemCompletedNotification
  /**
   * `item/fileChange/outputDelta`.
   *
   * Deprecated legacy apply_patch output stream notification.
   */
  readonly "item/fileChange/outputDelta": S.FileChangeOutputDeltaNotification
  /**
   * `item/fileChange/patchUpdated`.
   */
  readonly "item/fileChange/patchUpdated": S.FileChangePatchUpdatedNotification
  /**
   * `item/mcpToolCall/progress`.
   */
  readonly "item/mcpToolCall/progress": S.McpToolCallProgressNotification
  /**
   * `item/plan/delta`.
   *
   * EXPERIMENTAL - proposed plan streaming deltas for plan items.
   */
  readonly "item/plan/delta": S.PlanDeltaNotification
  /**
   * `item/reasoning/summaryPartAdded`.
   */
  readonly "item/reasoning/summaryPartAdded": S.ReasoningSummaryPartAddedNotification
  /**
   * `item/reasoning/summaryTextDelta`.
   */
  readonly "item/reasoning/summaryTextDelta": S.ReasoningSummaryTextDeltaNotification
  /**
   * `item/reasoning/textDelta`.
   */
  readonly "item/reasoning/textDelta": S.ReasoningTextDeltaNotification
  /**
   * `item/started`.
   */
  readonly "item/started": S.ItemStartedNotification
  /**
   * `mcpServer/event/stream/notification`.
   */
  readonly "mcpServer/event/stream/notification": S.McpServerEventStreamNotification
  /**
   * `mcpServer/oauthLogin/completed`.
   */
  readonly "mcpServer/oauthLogin/completed": S.McpServerOauthLoginCompletedNotification
  /**
   * `mcpServer/startupStatus/updated`.
   */
  readonly "mcpServer/startupStatus/updated": S.McpServerStatusUpdatedNotification
  /**
   * `model/rerouted`.
   */
  readonly "model/rerouted": S.ModelReroutedNotification
  /**
   * `model/safetyBuffering/updated`.
   */
  readonly "model/safetyBuffering/updated": S.ModelSafetyBufferingUpdatedNotification
  /**
   * `model/verification`.
   */
  readonly "model/verification": S.ModelVerificationNotification
  /**
   * `modelProvider/authRecoveryCompleted`.
   */
  readonly "modelProvider/authRecoveryCompleted": S.AuthRecoveryNotification
  /**
   * `modelProvider/authRecoveryStarted`.
   */
  readonly "modelProvider/authRecoveryStarted": S.AuthRecoveryNotification
  /**
   * `process/exited`.
   *
   * Final exit notification for a `process/spawn` session.
   */
  readonly "process/exited": S.ProcessExitedNotification
  /**
   * `process/outputDelta`.
   *
   * Stream base64-encoded stdout/stderr chunks for a running `process/spawn` session.
   */
  readonly "process/outputDelta": S.ProcessOutputDeltaNotification
  /**
   * `project/changed`.
   */
  readonly "project/changed": S.ProjectChangedNotification
  /**
   * `remoteControl/status/changed`.
   */
  readonly "remoteControl/status/changed": S.RemoteControlStatusChangedNotification
  /**
   * `serverRequest/resolved`.
   */
  readonly "serverRequest/resolved": S.ServerRequestResolvedNotification
  /**
   * `skills/changed`.
   */
  readonly "skills/changed": S.SkillsChangedNotification
  /**
   * `thread/archived`.
   */
  readonly "thread/archived": S.ThreadArchivedNotification
  /**
   * `thread/attachment/updated`.
   */
  readonly "thread/attachment/updated": S.ThreadAttachmentUpdatedNotification
  /**
   * `thread/closed`.
   */
  readonly "thread/closed": S.ThreadClosedNotification
  /**
   * `thread/compacted`.
   *
   * Deprecated: Use `ContextCompaction` item type instead.
   */
  readonly "thread/compacted": S.ContextCompactedNotification
  /**
   * `thread/deleted`.
   */
  readonly "thread/deleted": S.ThreadDeletedNotification
  /**
   * `thread/environment/connected`.
   */
  readonly "thread/environment/connected": S.EnvironmentConnectionNotification
  /**
   * `thread/environment/disconnected`.
   */
  readonly "thread/environment/disconnected": S.EnvironmentConnectionNotification
  /**
   * `thread/goal/cleared`.
   */
  readonly "thread/goal/cleared": S.ThreadGoalClearedNotification
  /**
   * `thread/goal/updated`.
   */
  readonly "thread/goal/updated": S.ThreadGoalUpdatedNotification
  /**
   * `thread/name/updated`.
   */
  readonly "thread/name/updated": S.ThreadNameUpdatedNotification
  /**
   * `thread/prediction/updated`.
   */
  readonly "thread/prediction/updated": S.ThreadPredictionUpdatedNotification
  /**
   * `thread/project/updated`.
   */
  readonly "thread/project/updated": S.ThreadProjectUpdatedNotification
  /**
   * `thread/queue/changed`.
   */
  readonly "thread/queue/changed": S.ThreadQueueChangedNotification
  /**
   * `thread/readState/changed`.
   */
  readonly "thread/readState/changed": S.ThreadReadStateChangedNotification
  /**
   * `thread/realtime/closed`.
   */
  readonly "thread/realtime/closed": S.ThreadRealtimeClosedNotification
  /**
   * `thread/realtime/error`.
   */
  readonly "thread/realtime/error": S.ThreadRealtimeErrorNotification
  /**
   * `thread/realtime/item/completed`.
   */
  readonly "thread/realtime/item/completed": S.ThreadRealtimeItemCompletedNotification
  /**
   * `thread/realtime/item/started`.
   */
  readonly "thread/realtime/item/started": S.ThreadRealtimeItemStartedNotification
  /**
   * `thread/realtime/item/transcript/delta`.
   */
  readonly "thread/realtime/item/transcript/delta": S.ThreadRealtimeItemTranscriptDeltaNotification
  /**
   * `thread/realtime/itemAdded`.
   */
  readonly "thread/realtime/itemAdded": S.ThreadRealtimeItemAddedNotification
  /**
   * `thread/realtime/outputAudio/delta`.
   */
  readonly "thread/realtime/outputAudio/delta": S.ThreadRealtimeOutputAudioDeltaNotification
  /**
   * `thread/realtime/sdp`.
   */
  readonly "thread/realtime/sdp": S.ThreadRealtimeSdpNotification
  /**
   * `thread/realtime/started`.
   */
  readonly "thread/realtime/started": S.ThreadRealtimeStartedNotification
  /**
   * `thread/realtime/transcript/delta`.
   */
  readonly "thread/realtime/transcript/delta": S.ThreadRealtimeTranscriptDeltaNotification
  /**
   * `thread/realtime/transcript/done`.
   */
  readonly "thread/realtime/transcript/done": S.ThreadRealtimeTranscriptDoneNotification
  /**
   * `thread/reverted`.
   */
  readonly "thread/reverted": S.ThreadRevertedNotification
  /**
   * `thread/search/partial`.
   */
  readonly "thread/search/partial": S.ThreadSearchPartialNotification
  /**
   * `thread/section/changed`.
   */
  readonly "thread/section/changed": S.ThreadSectionChangedNotification
  /**
   * `thread/settings/updated`.
   */
  readonly "thread/settings/updated": S.ThreadSettingsUpdatedNotification
  /**
   * `thread/started`.
   */
  readonly "thread/started": S.ThreadStartedNotification
  /**
   * `thread/status/changed`.
   */
  readonly "thread/status/changed": S.ThreadStatusChangedNotification
  /**
   * `thread/tokenUsage/updated`.
   */
  readonly "thread/tokenUsage/updated": S.ThreadTokenUsageUpdatedNotification
  /**
   * `thread/unarchived`.
   */
  readonly "thread/unarchived": S.ThreadUnarchivedNotification
  /**
   * `turn/completed`.
   */
  readonly "turn/completed": S.TurnCompletedNotification
  /**
   * `turn/diff/updated`.
   */
  readonly "turn/diff/updated": S.TurnDiffUpdatedNotification
  /**
   * `turn/moderationMetadata`.
   */
  readonly "turn/moderationMetadata": S.TurnModerationMetadataNotification
  /**
   * `turn/plan/updated`.
   */
  readonly "turn/plan/updated": S.TurnPlanUpdatedNotification
  /**
   * `turn/started`.
   */
  readonly "turn/started": S.TurnStartedNotification
  /**
   * `warning`.
   */
  readonly "warning": S.WarningNotification
  /**
   * `windows/worldWritableWarning`.
   *
   * Notifies the user of world-writable directories on Windows, which cannot be protected by the sandbox.
   */
  readonly "windows/worldWritableWarning": S.WindowsWorldWritableWarningNotification
  /**
   * `windowsSandbox/setupCompleted`.
   */
  readonly "windowsSandbox/setupCompleted": S.WindowsSandboxSetupCompletedNotification
}

/**
 * Every server-to-client request: method -> params and the response the client sends back.
 *
 * @since 0.3.0
 * @category models
 */
export interface ServerRequestTable {
  /**
   * `account/chatgptAuthTokens/refresh`.
   */
  readonly "account/chatgptAuthTokens/refresh": { readonly params: S.ChatgptAuthTokensRefreshParams; readonly response: S.ChatgptAuthTokensRefreshResponse }
  /**
   * `applyPatchApproval`.
   *
   * Request to approve a patch. This request is used for Turns started via the legacy APIs (i.e. SendUserTurn, SendUserMessage).
   */
  readonly "applyPatchApproval": { readonly params: S.ApplyPatchApprovalParams; readonly response: S.ApplyPatchApprovalResponse }
  /**
   * `attestation/generate`.
   *
   * Generate a fresh upstream attestation result on demand.
   */
  readonly "attestation/generate": { readonly params: S.AttestationGenerateParams; readonly response: S.AttestationGenerateResponse }
  /**
   * `execCommandApproval`.
   *
   * Request to exec a command. This request is used for Turns started via the legacy APIs (i.e. SendUserTurn, SendUserMessage).
   */
  readonly "execCommandApproval": { readonly params: S.ExecCommandApprovalParams; readonly response: S.ExecCommandApprovalResponse }
  /**
   * `item/commandExecution/requestApproval`.
   *
   * Sent when approval is requested for a specific command execution. This request is used for Turns started via turn/start.
   */
  readonly "item/commandExecution/requestApproval": { readonly params: S.CommandExecutionRequestApprovalParams; readonly response: S.CommandExecutionRequestApprovalResponse }
  /**
   * `item/fileChange/requestApproval`.
   *
   * Sent when approval is requested for a specific file change. This request is used for Turns started via turn/start.
   */
  readonly "item/fileChange/requestApproval": { readonly params: S.FileChangeRequestApprovalParams; readonly response: S.FileChangeRequestApprovalResponse }
  /**
   * `item/permissions/requestApproval`.
   *
   * Request approval for additional permissions from the user.
   */
  readonly "item/permissions/requestApproval": { readonly params: S.PermissionsRequestApprovalParams; readonly response: S.PermissionsRequestApprovalResponse }
  /**
   * `item/tool/call`.
   *
   * Execute a dynamic tool call on the client.
   */
  readonly "item/tool/call": { readonly params: S.DynamicToolCallParams; readonly response: S.DynamicToolCallResponse }
  /**
   * `item/tool/requestUserInput`.
   *
   * EXPERIMENTAL - Request input from the user for a tool call.
   */
  readonly "item/tool/requestUserInput": { readonly params: S.ToolRequestUserInputParams; readonly response: S.ToolRequestUserInputResponse }
  /**
   * `mcpServer/elicitation/request`.
   *
   * Request input for an MCP server elicitation.
   */
  readonly "mcpServer/elicitation/request": { readonly params: S.McpServerElicitationRequestParams; readonly response: S.McpServerElicitationRequestResponse }
}
