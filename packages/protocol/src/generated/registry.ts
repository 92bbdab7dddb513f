/**
 * Method registries of the Codex app-server v2 protocol.
 *
 * Generated, do not edit: `npm run generate` writes this file from the output of
 * `codex app-server generate-json-schema --experimental` (codex-cli 0.171.0).
 *
 * @since 0.1.0
 */
/* eslint-disable */

import { Schema } from "effect"
import * as S from "./schemas.js"

export {
  /**
   * The codex version these schemas were generated from.
   *
   * @since 0.1.0
   * @category constants
   */
  codexVersion
} from "./version.js"

/**
 * Every client-to-server request: params schema, result schema, whether params may be omitted,
 * and whether the method needs the `experimentalApi` capability.
 *
 * @since 0.1.0
 * @category registries
 */
export const ClientRequests = {
  "account/bedrock/checkGovCloudRequirements": {
    params: S.BedrockCheckGovCloudRequirementsParams,
    paramsOptional: false,
    result: S.BedrockCheckGovCloudRequirementsResponse,
    experimental: true
  },
  "account/bedrock/discover": {
    params: S.BedrockDiscoverParams,
    paramsOptional: false,
    result: S.BedrockDiscoverResponse,
    experimental: true
  },
  "account/bedrock/setup": {
    params: S.BedrockSetupParams,
    paramsOptional: false,
    result: S.BedrockSetupResponse,
    experimental: true
  },
  "account/gatewayOAuth/cancel": {
    params: Schema.Null,
    paramsOptional: true,
    result: S.GatewayOAuthCancelResponse,
    experimental: false
  },
  "account/gatewayOAuth/login": {
    params: Schema.NullOr(S.GatewayOAuthLoginParams),
    paramsOptional: true,
    result: S.GatewayOAuthLoginResponse,
    experimental: false
  },
  "account/gatewayOAuth/read": {
    params: Schema.NullOr(S.GatewayOAuthReadParams),
    paramsOptional: true,
    result: S.GatewayOAuthReadResponse,
    experimental: false
  },
  "account/gcp/setup": {
    params: S.GcpSetupParams,
    paramsOptional: false,
    result: S.GcpSetupResponse,
    experimental: true
  },
  "account/login/cancel": {
    params: S.CancelLoginAccountParams,
    paramsOptional: false,
    result: S.CancelLoginAccountResponse,
    experimental: false
  },
  "account/login/start": {
    params: S.LoginAccountParams,
    paramsOptional: false,
    result: S.LoginAccountResponse,
    experimental: false
  },
  "account/logout": {
    params: Schema.Null,
    paramsOptional: true,
    result: S.LogoutAccountResponse,
    experimental: false
  },
  "account/rateLimitResetCredit/consume": {
    params: S.ConsumeAccountRateLimitResetCreditParams,
    paramsOptional: false,
    result: S.ConsumeAccountRateLimitResetCreditResponse,
    experimental: false
  },
  "account/rateLimits/read": {
    params: Schema.NullOr(S.GetAccountRateLimitsParams),
    paramsOptional: true,
    result: S.GetAccountRateLimitsResponse,
    experimental: false
  },
  "account/read": {
    params: S.GetAccountParams,
    paramsOptional: false,
    result: S.GetAccountResponse,
    experimental: false
  },
  "account/securitySetup/read": {
    params: Schema.Null,
    paramsOptional: true,
    result: S.GetAccountSecuritySetupResponse,
    experimental: false
  },
  "account/sendAddCreditsNudgeEmail": {
    params: S.SendAddCreditsNudgeEmailParams,
    paramsOptional: false,
    result: S.SendAddCreditsNudgeEmailResponse,
    experimental: false
  },
  "account/usage/read": {
    params: Schema.NullOr(S.GetAccountTokenUsageParams),
    paramsOptional: true,
    result: S.GetAccountTokenUsageResponse,
    experimental: false
  },
  "account/workspaceMessages/read": {
    params: Schema.Null,
    paramsOptional: true,
    result: S.GetWorkspaceMessagesResponse,
    experimental: false
  },
  "accountSession/list": {
    params: S.AccountSessionsListParams,
    paramsOptional: false,
    result: S.AccountSessionsResponse,
    experimental: true
  },
  "accountSession/switch": {
    params: S.AccountSessionsSwitchParams,
    paramsOptional: false,
    result: S.AccountSessionsSwitchResponse,
    experimental: true
  },
  "app/installed": {
    params: S.AppsInstalledParams,
    paramsOptional: false,
    result: S.AppsInstalledResponse,
    experimental: false
  },
  "app/list": {
    params: S.AppsListParams,
    paramsOptional: false,
    result: S.AppsListResponse,
    experimental: false
  },
  "app/read": {
    params: S.AppsReadParams,
    paramsOptional: false,
    result: S.AppsReadResponse,
    experimental: false
  },
  "collaborationMode/list": {
    params: S.CollaborationModeListParams,
    paramsOptional: false,
    result: S.CollaborationModeListResponse,
    experimental: true
  },
  "command/exec": {
    params: S.CommandExecParams,
    paramsOptional: false,
    result: S.CommandExecResponse,
    experimental: false
  },
  "command/exec/resize": {
    params: S.CommandExecResizeParams,
    paramsOptional: false,
    result: S.CommandExecResizeResponse,
    experimental: false
  },
  "command/exec/terminate": {
    params: S.CommandExecTerminateParams,
    paramsOptional: false,
    result: S.CommandExecTerminateResponse,
    experimental: false
  },
  "command/exec/write": {
    params: S.CommandExecWriteParams,
    paramsOptional: false,
    result: S.CommandExecWriteResponse,
    experimental: false
  },
  "config/batchWrite": {
    params: S.ConfigBatchWriteParams,
    paramsOptional: false,
    result: S.ConfigWriteResponse,
    experimental: false
  },
  "config/mcpServer/reload": {
    params: Schema.Null,
    paramsOptional: true,
    result: S.McpServerRefreshResponse,
    experimental: false
  },
  "config/read": {
    params: S.ConfigReadParams,
    paramsOptional: false,
    result: S.ConfigReadResponse,
    experimental: false
  },
  "config/value/write": {
    params: S.ConfigValueWriteParams,
    paramsOptional: false,
    result: S.ConfigWriteResponse,
    experimental: false
  },
  "configRequirements/read": {
    params: Schema.Null,
    paramsOptional: true,
    result: S.ConfigRequirementsReadResponse,
    experimental: false
  },
  "environment/add": {
    params: S.EnvironmentAddParams,
    paramsOptional: false,
    result: S.EnvironmentAddResponse,
    experimental: true
  },
  "environment/info": {
    params: S.EnvironmentInfoParams,
    paramsOptional: false,
    result: S.EnvironmentInfoResponse,
    experimental: true
  },
  "environment/status": {
    params: S.EnvironmentStatusParams,
    paramsOptional: false,
    result: S.EnvironmentStatusResponse,
    experimental: true
  },
  "experimentalFeature/enablement/set": {
    params: S.ExperimentalFeatureEnablementSetParams,
    paramsOptional: false,
    result: S.ExperimentalFeatureEnablementSetResponse,
    experimental: false
  },
  "experimentalFeature/list": {
    params: S.ExperimentalFeatureListParams,
    paramsOptional: false,
    result: S.ExperimentalFeatureListResponse,
    experimental: false
  },
  "externalAgentConfig/detect": {
    params: S.ExternalAgentConfigDetectParams,
    paramsOptional: false,
    result: S.ExternalAgentConfigDetectResponse,
    experimental: false
  },
  "externalAgentConfig/import": {
    params: S.ExternalAgentConfigImportParams,
    paramsOptional: false,
    result: S.ExternalAgentConfigImportResponse,
    experimental: false
  },
  "externalAgentConfig/import/readHistories": {
    params: Schema.Null,
    paramsOptional: true,
    result: S.ExternalAgentConfigImportHistoriesReadResponse,
    experimental: false
  },
  "externalAgentConfig/import/recordHistory": {
    params: S.ExternalAgentConfigImportHistoryRecordParams,
    paramsOptional: false,
    result: S.ExternalAgentConfigImportHistoryRecordResponse,
    experimental: false
  },
  "feedback/save": {
    params: S.FeedbackSaveParams,
    paramsOptional: false,
    result: S.FeedbackSaveResponse,
    experimental: false
  },
  "feedback/upload": {
    params: S.FeedbackUploadParams,
    paramsOptional: false,
    result: S.FeedbackUploadResponse,
    experimental: false
  },
  "fs/copy": {
    params: S.FsCopyParams,
    paramsOptional: false,
    result: S.FsCopyResponse,
    experimental: false
  },
  "fs/createDirectory": {
    params: S.FsCreateDirectoryParams,
    paramsOptional: false,
    result: S.FsCreateDirectoryResponse,
    experimental: false
  },
  "fs/getMetadata": {
    params: S.FsGetMetadataParams,
    paramsOptional: false,
    result: S.FsGetMetadataResponse,
    experimental: false
  },
  "fs/readDirectory": {
    params: S.FsReadDirectoryParams,
    paramsOptional: false,
    result: S.FsReadDirectoryResponse,
    experimental: false
  },
  "fs/readFile": {
    params: S.FsReadFileParams,
    paramsOptional: false,
    result: S.FsReadFileResponse,
    experimental: false
  },
  "fs/remove": {
    params: S.FsRemoveParams,
    paramsOptional: false,
    result: S.FsRemoveResponse,
    experimental: false
  },
  "fs/unwatch": {
    params: S.FsUnwatchParams,
    paramsOptional: false,
    result: S.FsUnwatchResponse,
    experimental: false
  },
  "fs/watch": {
    params: S.FsWatchParams,
    paramsOptional: false,
    result: S.FsWatchResponse,
    experimental: false
  },
  "fs/writeFile": {
    params: S.FsWriteFileParams,
    paramsOptional: false,
    result: S.FsWriteFileResponse,
    experimental: false
  },
  "fuzzyFileSearch": {
    params: S.FuzzyFileSearchParams,
    paramsOptional: false,
    result: S.FuzzyFileSearchResponse,
    experimental: false
  },
  "fuzzyFileSearch/sessionStart": {
    params: S.FuzzyFileSearchSessionStartParams,
    paramsOptional: false,
    result: S.FuzzyFileSearchSessionStartResponse,
    experimental: true
  },
  "fuzzyFileSearch/sessionStop": {
    params: S.FuzzyFileSearchSessionStopParams,
    paramsOptional: false,
    result: S.FuzzyFileSearchSessionStopResponse,
    experimental: true
  },
  "fuzzyFileSearch/sessionUpdate": {
    params: S.FuzzyFileSearchSessionUpdateParams,
    paramsOptional: false,
    result: S.FuzzyFileSearchSessionUpdateResponse,
    experimental: true
  },
  "hooks/list": {
    params: S.HooksListParams,
    paramsOptional: false,
    result: S.HooksListResponse,
    experimental: false
  },
  "initialize": {
    params: S.InitializeParams,
    paramsOptional: false,
    result: S.InitializeResponse,
    experimental: false
  },
  "marketplace/add": {
    params: S.MarketplaceAddParams,
    paramsOptional: false,
    result: S.MarketplaceAddResponse,
    experimental: false
  },
  "marketplace/remove": {
    params: S.MarketplaceRemoveParams,
    paramsOptional: false,
    result: S.MarketplaceRemoveResponse,
    experimental: false
  },
  "marketplace/upgrade": {
    params: S.MarketplaceUpgradeParams,
    paramsOptional: false,
    result: S.MarketplaceUpgradeResponse,
    experimental: false
  },
  "mcpServer/event/stream/start": {
    params: S.McpServerEventStreamStartParams,
    paramsOptional: false,
    result: S.McpServerEventStreamStartResponse,
    experimental: true
  },
  "mcpServer/event/stream/stop": {
    params: S.McpServerEventStreamStopParams,
    paramsOptional: false,
    result: S.McpServerEventStreamStopResponse,
    experimental: true
  },
  "mcpServer/oauth/login": {
    params: S.McpServerOauthLoginParams,
    paramsOptional: false,
    result: S.McpServerOauthLoginResponse,
    experimental: false
  },
  "mcpServer/resource/read": {
    params: S.McpResourceReadParams,
    paramsOptional: false,
    result: S.McpResourceReadResponse,
    experimental: false
  },
  "mcpServer/tool/call": {
    params: S.McpServerToolCallParams,
    paramsOptional: false,
    result: S.McpServerToolCallResponse,
    experimental: false
  },
  "mcpServerStatus/list": {
    params: S.ListMcpServerStatusParams,
    paramsOptional: false,
    result: S.ListMcpServerStatusResponse,
    experimental: false
  },
  "memory/reset": {
    params: Schema.Null,
    paramsOptional: true,
    result: S.MemoryResetResponse,
    experimental: true
  },
  "memory/status": {
    params: S.MemoryStatusParams,
    paramsOptional: false,
    result: S.MemoryStatusResponse,
    experimental: true
  },
  "mock/experimentalMethod": {
    params: S.MockExperimentalMethodParams,
    paramsOptional: false,
    result: S.MockExperimentalMethodResponse,
    experimental: true
  },
  "model/list": {
    params: S.ModelListParams,
    paramsOptional: false,
    result: S.ModelListResponse,
    experimental: false
  },
  "modelProvider/capabilities/read": {
    params: S.ModelProviderCapabilitiesReadParams,
    paramsOptional: false,
    result: S.ModelProviderCapabilitiesReadResponse,
    experimental: false
  },
  "modelProvider/config/write": {
    params: S.ModelProviderConfigWriteParams,
    paramsOptional: false,
    result: S.ModelProviderConfigWriteResponse,
    experimental: false
  },
  "modelProvider/default/set": {
    params: S.ModelProviderDefaultSetParams,
    paramsOptional: false,
    result: S.ConfigWriteResponse,
    experimental: false
  },
  "modelProvider/list": {
    params: S.ModelProviderListParams,
    paramsOptional: false,
    result: S.ModelProviderListResponse,
    experimental: false
  },
  "permissionProfile/list": {
    params: S.PermissionProfileListParams,
    paramsOptional: false,
    result: S.PermissionProfileListResponse,
    experimental: false
  },
  "plugin/install": {
    params: S.PluginInstallParams,
    paramsOptional: false,
    result: S.PluginInstallResponse,
    experimental: false
  },
  "plugin/installed": {
    params: S.PluginInstalledParams,
    paramsOptional: false,
    result: S.PluginInstalledResponse,
    experimental: false
  },
  "plugin/list": {
    params: S.PluginListParams,
    paramsOptional: false,
    result: S.PluginListResponse,
    experimental: false
  },
  "plugin/read": {
    params: S.PluginReadParams,
    paramsOptional: false,
    result: S.PluginReadResponse,
    experimental: false
  },
  "plugin/reconcile": {
    params: S.PluginReconcileParams,
    paramsOptional: false,
    result: S.PluginReconcileResponse,
    experimental: false
  },
  "plugin/search": {
    params: S.PluginSearchParams,
    paramsOptional: false,
    result: S.PluginSearchResponse,
    experimental: true
  },
  "plugin/share/checkout": {
    params: S.PluginShareCheckoutParams,
    paramsOptional: false,
    result: S.PluginShareCheckoutResponse,
    experimental: false
  },
  "plugin/share/delete": {
    params: S.PluginShareDeleteParams,
    paramsOptional: false,
    result: S.PluginShareDeleteResponse,
    experimental: false
  },
  "plugin/share/list": {
    params: S.PluginShareListParams,
    paramsOptional: false,
    result: S.PluginShareListResponse,
    experimental: false
  },
  "plugin/share/save": {
    params: S.PluginShareSaveParams,
    paramsOptional: false,
    result: S.PluginShareSaveResponse,
    experimental: false
  },
  "plugin/share/updateTargets": {
    params: S.PluginShareUpdateTargetsParams,
    paramsOptional: false,
    result: S.PluginShareUpdateTargetsResponse,
    experimental: false
  },
  "plugin/skill/read": {
    params: S.PluginSkillReadParams,
    paramsOptional: false,
    result: S.PluginSkillReadResponse,
    experimental: false
  },
  "plugin/uninstall": {
    params: S.PluginUninstallParams,
    paramsOptional: false,
    result: S.PluginUninstallResponse,
    experimental: false
  },
  "process/kill": {
    params: S.ProcessKillParams,
    paramsOptional: false,
    result: S.ProcessKillResponse,
    experimental: true
  },
  "process/resizePty": {
    params: S.ProcessResizePtyParams,
    paramsOptional: false,
    result: S.ProcessResizePtyResponse,
    experimental: true
  },
  "process/spawn": {
    params: S.ProcessSpawnParams,
    paramsOptional: false,
    result: S.ProcessSpawnResponse,
    experimental: true
  },
  "process/writeStdin": {
    params: S.ProcessWriteStdinParams,
    paramsOptional: false,
    result: S.ProcessWriteStdinResponse,
    experimental: true
  },
  "project/create": {
    params: S.ProjectCreateParams,
    paramsOptional: false,
    result: S.ProjectCreateResponse,
    experimental: true
  },
  "project/delete": {
    params: S.ProjectDeleteParams,
    paramsOptional: false,
    result: S.ProjectDeleteResponse,
    experimental: true
  },
  "project/import": {
    params: S.ProjectImportParams,
    paramsOptional: false,
    result: S.ProjectImportResponse,
    experimental: true
  },
  "project/list": {
    params: S.ProjectListParams,
    paramsOptional: false,
    result: S.ProjectListResponse,
    experimental: true
  },
  "project/move": {
    params: S.ProjectMoveParams,
    paramsOptional: false,
    result: S.ProjectMoveResponse,
    experimental: true
  },
  "project/read": {
    params: S.ProjectReadParams,
    paramsOptional: false,
    result: S.ProjectReadResponse,
    experimental: true
  },
  "project/update": {
    params: S.ProjectUpdateParams,
    paramsOptional: false,
    result: S.ProjectUpdateResponse,
    experimental: true
  },
  "remoteControl/client/list": {
    params: S.RemoteControlClientsListParams,
    paramsOptional: false,
    result: S.RemoteControlClientsListResponse,
    experimental: true
  },
  "remoteControl/client/revoke": {
    params: S.RemoteControlClientsRevokeParams,
    paramsOptional: false,
    result: S.RemoteControlClientsRevokeResponse,
    experimental: true
  },
  "remoteControl/disable": {
    params: Schema.NullOr(S.RemoteControlDisableParams),
    paramsOptional: true,
    result: S.RemoteControlDisableResponse,
    experimental: true
  },
  "remoteControl/enable": {
    params: Schema.NullOr(S.RemoteControlEnableParams),
    paramsOptional: true,
    result: S.RemoteControlEnableResponse,
    experimental: true
  },
  "remoteControl/pairing/start": {
    params: S.RemoteControlPairingStartParams,
    paramsOptional: false,
    result: S.RemoteControlPairingStartResponse,
    experimental: true
  },
  "remoteControl/pairing/status": {
    params: S.RemoteControlPairingStatusParams,
    paramsOptional: false,
    result: S.RemoteControlPairingStatusResponse,
    experimental: true
  },
  "remoteControl/status/read": {
    params: Schema.Null,
    paramsOptional: true,
    result: S.RemoteControlStatusReadResponse,
    experimental: true
  },
  "review/start": {
    params: S.ReviewStartParams,
    paramsOptional: false,
    result: S.ReviewStartResponse,
    experimental: false
  },
  "rollout/compress": {
    params: Schema.Null,
    paramsOptional: true,
    result: S.RolloutCompressResponse,
    experimental: true
  },
  "server/diagnostics": {
    params: S.ServerDiagnosticsParams,
    paramsOptional: false,
    result: S.ServerDiagnosticsResponse,
    experimental: true
  },
  "skills/config/write": {
    params: S.SkillsConfigWriteParams,
    paramsOptional: false,
    result: S.SkillsConfigWriteResponse,
    experimental: false
  },
  "skills/extraRoots/set": {
    params: S.SkillsExtraRootsSetParams,
    paramsOptional: false,
    result: S.SkillsExtraRootsSetResponse,
    experimental: false
  },
  "skills/list": {
    params: S.SkillsListParams,
    paramsOptional: false,
    result: S.SkillsListResponse,
    experimental: false
  },
  "thread/approveGuardianDeniedAction": {
    params: S.ThreadApproveGuardianDeniedActionParams,
    paramsOptional: false,
    result: S.ThreadApproveGuardianDeniedActionResponse,
    experimental: false
  },
  "thread/archive": {
    params: S.ThreadArchiveParams,
    paramsOptional: false,
    result: S.ThreadArchiveResponse,
    experimental: false
  },
  "thread/attachment/add": {
    params: S.ThreadAttachmentAddParams,
    paramsOptional: false,
    result: S.ThreadAttachmentAddResponse,
    experimental: false
  },
  "thread/attachment/list": {
    params: S.ThreadAttachmentListParams,
    paramsOptional: false,
    result: S.ThreadAttachmentListResponse,
    experimental: false
  },
  "thread/attachment/remove": {
    params: S.ThreadAttachmentRemoveParams,
    paramsOptional: false,
    result: S.ThreadAttachmentRemoveResponse,
    experimental: false
  },
  "thread/attachmentOwner/list": {
    params: S.ThreadAttachmentOwnerListParams,
    paramsOptional: false,
    result: S.ThreadAttachmentOwnerListResponse,
    experimental: false
  },
  "thread/backgroundTerminals/clean": {
    params: S.ThreadBackgroundTerminalsCleanParams,
    paramsOptional: false,
    result: S.ThreadBackgroundTerminalsCleanResponse,
    experimental: true
  },
  "thread/backgroundTerminals/list": {
    params: S.ThreadBackgroundTerminalsListParams,
    paramsOptional: false,
    result: S.ThreadBackgroundTerminalsListResponse,
    experimental: true
  },
  "thread/backgroundTerminals/terminate": {
    params: S.ThreadBackgroundTerminalsTerminateParams,
    paramsOptional: false,
    result: S.ThreadBackgroundTerminalsTerminateResponse,
    experimental: true
  },
  "thread/compact/start": {
    params: S.ThreadCompactStartParams,
    paramsOptional: false,
    result: S.ThreadCompactStartResponse,
    experimental: false
  },
  "thread/decrement_elicitation": {
    params: S.ThreadDecrementElicitationParams,
    paramsOptional: false,
    result: S.ThreadDecrementElicitationResponse,
    experimental: true
  },
  "thread/delete": {
    params: S.ThreadDeleteParams,
    paramsOptional: false,
    result: S.ThreadDeleteResponse,
    experimental: false
  },
  "thread/fork": {
    params: S.ThreadForkParams,
    paramsOptional: false,
    result: S.ThreadForkResponse,
    experimental: false
  },
  "thread/goal/clear": {
    params: S.ThreadGoalClearParams,
    paramsOptional: false,
    result: S.ThreadGoalClearResponse,
    experimental: false
  },
  "thread/goal/get": {
    params: S.ThreadGoalGetParams,
    paramsOptional: false,
    result: S.ThreadGoalGetResponse,
    experimental: false
  },
  "thread/goal/set": {
    params: S.ThreadGoalSetParams,
    paramsOptional: false,
    result: S.ThreadGoalSetResponse,
    experimental: false
  },
  "thread/guardianReview": {
    params: S.ThreadGuardianReviewParams,
    paramsOptional: false,
    result: S.ThreadGuardianReviewResponse,
    experimental: true
  },
  "thread/increment_elicitation": {
    params: S.ThreadIncrementElicitationParams,
    paramsOptional: false,
    result: S.ThreadIncrementElicitationResponse,
    experimental: true
  },
  "thread/inject_items": {
    params: S.ThreadInjectItemsParams,
    paramsOptional: false,
    result: S.ThreadInjectItemsResponse,
    experimental: false
  },
  "thread/items/list": {
    params: S.ThreadItemsListParams,
    paramsOptional: false,
    result: S.ThreadItemsListResponse,
    experimental: false
  },
  "thread/items/read": {
    params: S.ThreadItemsReadParams,
    paramsOptional: false,
    result: S.ThreadItemsReadResponse,
    experimental: true
  },
  "thread/list": {
    params: S.ThreadListParams,
    paramsOptional: false,
    result: S.ThreadListResponse,
    experimental: false
  },
  "thread/loaded/list": {
    params: S.ThreadLoadedListParams,
    paramsOptional: false,
    result: S.ThreadLoadedListResponse,
    experimental: false
  },
  "thread/memory/read": {
    params: S.ThreadMemoryReadParams,
    paramsOptional: false,
    result: S.ThreadMemoryReadResponse,
    experimental: true
  },
  "thread/memoryMode/set": {
    params: S.ThreadMemoryModeSetParams,
    paramsOptional: false,
    result: S.ThreadMemoryModeSetResponse,
    experimental: true
  },
  "thread/metadata/update": {
    params: S.ThreadMetadataUpdateParams,
    paramsOptional: false,
    result: S.ThreadMetadataUpdateResponse,
    experimental: false
  },
  "thread/name/set": {
    params: S.ThreadSetNameParams,
    paramsOptional: false,
    result: S.ThreadSetNameResponse,
    experimental: false
  },
  "thread/prediction/request": {
    params: S.ThreadPredictionRequestParams,
    paramsOptional: false,
    result: S.ThreadPredictionRequestResponse,
    experimental: true
  },
  "thread/prepareApprovedPlan": {
    params: S.ThreadPrepareApprovedPlanParams,
    paramsOptional: false,
    result: S.ThreadPrepareApprovedPlanResponse,
    experimental: true
  },
  "thread/queue/add": {
    params: S.ThreadQueueAddParams,
    paramsOptional: false,
    result: S.ThreadQueueAddResponse,
    experimental: true
  },
  "thread/queue/delete": {
    params: S.ThreadQueueDeleteParams,
    paramsOptional: false,
    result: S.ThreadQueueDeleteResponse,
    experimental: true
  },
  "thread/queue/list": {
    params: S.ThreadQueueListParams,
    paramsOptional: false,
    result: S.ThreadQueueListResponse,
    experimental: true
  },
  "thread/queue/reorder": {
    params: S.ThreadQueueReorderParams,
    paramsOptional: false,
    result: S.ThreadQueueReorderResponse,
    experimental: true
  },
  "thread/queue/start": {
    params: S.ThreadQueueStartParams,
    paramsOptional: false,
    result: S.ThreadQueueStartResponse,
    experimental: true
  },
  "thread/queue/update": {
    params: S.ThreadQueueUpdateParams,
    paramsOptional: false,
    result: S.ThreadQueueUpdateResponse,
    experimental: true
  },
  "thread/read": {
    params: S.ThreadReadParams,
    paramsOptional: false,
    result: S.ThreadReadResponse,
    experimental: false
  },
  "thread/readState/update": {
    params: S.ThreadReadStateUpdateParams,
    paramsOptional: false,
    result: S.ThreadReadStateUpdateResponse,
    experimental: true
  },
  "thread/realtime/appendAudio": {
    params: S.ThreadRealtimeAppendAudioParams,
    paramsOptional: false,
    result: S.ThreadRealtimeAppendAudioResponse,
    experimental: true
  },
  "thread/realtime/appendSpeech": {
    params: S.ThreadRealtimeAppendSpeechParams,
    paramsOptional: false,
    result: S.ThreadRealtimeAppendSpeechResponse,
    experimental: true
  },
  "thread/realtime/appendText": {
    params: S.ThreadRealtimeAppendTextParams,
    paramsOptional: false,
    result: S.ThreadRealtimeAppendTextResponse,
    experimental: true
  },
  "thread/realtime/list": {
    params: S.ThreadRealtimeListParams,
    paramsOptional: false,
    result: S.ThreadRealtimeListResponse,
    experimental: true
  },
  "thread/realtime/listVoices": {
    params: S.ThreadRealtimeListVoicesParams,
    paramsOptional: false,
    result: S.ThreadRealtimeListVoicesResponse,
    experimental: true
  },
  "thread/realtime/start": {
    params: S.ThreadRealtimeStartParams,
    paramsOptional: false,
    result: S.ThreadRealtimeStartResponse,
    experimental: true
  },
  "thread/realtime/stop": {
    params: S.ThreadRealtimeStopParams,
    paramsOptional: false,
    result: S.ThreadRealtimeStopResponse,
    experimental: true
  },
  "thread/resume": {
    params: S.ThreadResumeParams,
    paramsOptional: false,
    result: S.ThreadResumeResponse,
    experimental: false
  },
  "thread/revert": {
    params: S.ThreadRevertParams,
    paramsOptional: false,
    result: S.ThreadRevertResponse,
    experimental: false
  },
  "thread/sample": {
    params: S.ThreadSampleParams,
    paramsOptional: false,
    result: S.ThreadSampleResponse,
    experimental: true
  },
  "thread/sample/cancel": {
    params: S.ThreadSampleCancelParams,
    paramsOptional: false,
    result: S.ThreadSampleCancelResponse,
    experimental: true
  },
  "thread/search": {
    params: S.ThreadSearchParams,
    paramsOptional: false,
    result: S.ThreadSearchResponse,
    experimental: true
  },
  "thread/search/cancel": {
    params: S.ThreadSearchCancelParams,
    paramsOptional: false,
    result: S.ThreadSearchCancelResponse,
    experimental: true
  },
  "thread/search/stream": {
    params: S.ThreadSearchParams,
    paramsOptional: false,
    result: S.ThreadSearchResponse,
    experimental: true
  },
  "thread/search/stream/cancel": {
    params: S.ThreadSearchCancelParams,
    paramsOptional: false,
    result: S.ThreadSearchCancelResponse,
    experimental: true
  },
  "thread/searchOccurrences": {
    params: S.ThreadSearchOccurrencesParams,
    paramsOptional: false,
    result: S.ThreadSearchOccurrencesResponse,
    experimental: true
  },
  "thread/section/move": {
    params: S.ThreadSectionMoveParams,
    paramsOptional: false,
    result: S.ThreadSectionMoveResponse,
    experimental: false
  },
  "thread/settings/update": {
    params: S.ThreadSettingsUpdateParams,
    paramsOptional: false,
    result: S.ThreadSettingsUpdateResponse,
    experimental: true
  },
  "thread/shellCommand": {
    params: S.ThreadShellCommandParams,
    paramsOptional: false,
    result: S.ThreadShellCommandResponse,
    experimental: false
  },
  "thread/start": {
    params: S.ThreadStartParams,
    paramsOptional: false,
    result: S.ThreadStartResponse,
    experimental: false
  },
  "thread/timeline/list": {
    params: S.ThreadTimelineListParams,
    paramsOptional: false,
    result: S.ThreadTimelineListResponse,
    experimental: true
  },
  "thread/turns/list": {
    params: S.ThreadTurnsListParams,
    paramsOptional: false,
    result: S.ThreadTurnsListResponse,
    experimental: false
  },
  "thread/unarchive": {
    params: S.ThreadUnarchiveParams,
    paramsOptional: false,
    result: S.ThreadUnarchiveResponse,
    experimental: false
  },
  "thread/unsubscribe": {
    params: S.ThreadUnsubscribeParams,
    paramsOptional: false,
    result: S.ThreadUnsubscribeResponse,
    experimental: false
  },
  "threadSection/create": {
    params: S.ThreadSectionCreateParams,
    paramsOptional: false,
    result: S.ThreadSectionCreateResponse,
    experimental: false
  },
  "threadSection/delete": {
    params: S.ThreadSectionDeleteParams,
    paramsOptional: false,
    result: S.ThreadSectionDeleteResponse,
    experimental: false
  },
  "threadSection/list": {
    params: S.ThreadSectionListParams,
    paramsOptional: false,
    result: S.ThreadSectionListResponse,
    experimental: false
  },
  "threadSection/update": {
    params: S.ThreadSectionUpdateParams,
    paramsOptional: false,
    result: S.ThreadSectionUpdateResponse,
    experimental: false
  },
  "turn/interrupt": {
    params: S.TurnInterruptParams,
    paramsOptional: false,
    result: S.TurnInterruptResponse,
    experimental: false
  },
  "turn/settings/update": {
    params: S.TurnSettingsUpdateParams,
    paramsOptional: false,
    result: S.TurnSettingsUpdateResponse,
    experimental: true
  },
  "turn/start": {
    params: S.TurnStartParams,
    paramsOptional: false,
    result: S.TurnStartResponse,
    experimental: false
  },
  "turn/steer": {
    params: S.TurnSteerParams,
    paramsOptional: false,
    result: S.TurnSteerResponse,
    experimental: false
  },
  "userVerification/cancel": {
    params: S.UserVerificationCancelParams,
    paramsOptional: false,
    result: S.UserVerificationCancelResponse,
    experimental: true
  },
  "userVerification/delete": {
    params: S.UserVerificationDeleteParams,
    paramsOptional: false,
    result: S.UserVerificationDeleteResponse,
    experimental: true
  },
  "userVerification/enroll": {
    params: S.UserVerificationEnrollParams,
    paramsOptional: false,
    result: S.UserVerificationEnrollResponse,
    experimental: true
  },
  "userVerification/status": {
    params: S.UserVerificationStatusParams,
    paramsOptional: false,
    result: S.UserVerificationStatusResponse,
    experimental: true
  },
  "userVerification/verify": {
    params: S.UserVerificationVerifyParams,
    paramsOptional: false,
    result: S.UserVerificationVerifyResponse,
    experimental: true
  },
  "windowsSandbox/readiness": {
    params: Schema.Null,
    paramsOptional: true,
    result: S.WindowsSandboxReadinessResponse,
    experimental: false
  },
  "windowsSandbox/setupStart": {
    params: S.WindowsSandboxSetupStartParams,
    paramsOptional: false,
    result: S.WindowsSandboxSetupStartResponse,
    experimental: false
  }
} as const

/**
 * Every server-to-client notification: params schema and where its turn and thread ids live
 * (`turnId`, `turn.id`, `sourceTurnId`; a trailing `?` when the id may be missing; `none`).
 *
 * @since 0.1.0
 * @category registries
 */
export const ServerNotifications = {
  "account/gatewayOAuth/changed": {
    params: S.GatewayOAuthChangedNotification,
    turnId: "none",
    threadId: "none",
    experimental: false
  },
  "account/login/completed": {
    params: S.AccountLoginCompletedNotification,
    turnId: "none",
    threadId: "none",
    experimental: false
  },
  "account/rateLimits/updated": {
    params: S.AccountRateLimitsUpdatedNotification,
    turnId: "none",
    threadId: "none",
    experimental: false
  },
  "account/updated": {
    params: S.AccountUpdatedNotification,
    turnId: "none",
    threadId: "none",
    experimental: false
  },
  "app/list/updated": {
    params: S.AppListUpdatedNotification,
    turnId: "none",
    threadId: "none",
    experimental: false
  },
  "autoApprovalReview/strictReviewRequired": {
    params: S.StrictReviewRequiredNotification,
    turnId: "turnId",
    threadId: "threadId",
    experimental: false
  },
  "command/exec/outputDelta": {
    params: S.CommandExecOutputDeltaNotification,
    turnId: "none",
    threadId: "none",
    experimental: false
  },
  "configWarning": {
    params: S.ConfigWarningNotification,
    turnId: "none",
    threadId: "none",
    experimental: false
  },
  "deprecationNotice": {
    params: S.DeprecationNoticeNotification,
    turnId: "none",
    threadId: "none",
    experimental: false
  },
  "error": {
    params: S.ErrorNotification,
    turnId: "turnId",
    threadId: "threadId",
    experimental: false
  },
  "externalAgentConfig/import/completed": {
    params: S.ExternalAgentConfigImportCompletedNotification,
    turnId: "none",
    threadId: "none",
    experimental: false
  },
  "externalAgentConfig/import/progress": {
    params: S.ExternalAgentConfigImportProgressNotification,
    turnId: "none",
    threadId: "none",
    experimental: false
  },
  "fs/changed": {
    params: S.FsChangedNotification,
    turnId: "none",
    threadId: "none",
    experimental: false
  },
  "fuzzyFileSearch/sessionCompleted": {
    params: S.FuzzyFileSearchSessionCompletedNotification,
    turnId: "none",
    threadId: "none",
    experimental: false
  },
  "fuzzyFileSearch/sessionUpdated": {
    params: S.FuzzyFileSearchSessionUpdatedNotification,
    turnId: "none",
    threadId: "none",
    experimental: false
  },
  "guardianWarning": {
    params: S.GuardianWarningNotification,
    turnId: "none",
    threadId: "threadId",
    experimental: false
  },
  "hook/completed": {
    params: S.HookCompletedNotification,
    turnId: "turnId?",
    threadId: "threadId",
    experimental: false
  },
  "hook/started": {
    params: S.HookStartedNotification,
    turnId: "turnId?",
    threadId: "threadId",
    experimental: false
  },
  "item/agentMessage/delta": {
    params: S.AgentMessageDeltaNotification,
    turnId: "turnId",
    threadId: "threadId",
    experimental: false
  },
  "item/autoApprovalReview/completed": {
    params: S.ItemGuardianApprovalReviewCompletedNotification,
    turnId: "turnId",
    threadId: "threadId",
    experimental: false
  },
  "item/autoApprovalReview/started": {
    params: S.ItemGuardianApprovalReviewStartedNotification,
    turnId: "turnId",
    threadId: "threadId",
    experimental: false
  },
  "item/commandExecution/outputDelta": {
    params: S.CommandExecutionOutputDeltaNotification,
    turnId: "turnId",
    threadId: "threadId",
    experimental: false
  },
  "item/commandExecution/terminalInteraction": {
    params: S.TerminalInteractionNotification,
    turnId: "turnId",
    threadId: "threadId",
    experimental: false
  },
  "item/completed": {
    params: S.ItemCompletedNotification,
    turnId: "turnId",
    threadId: "threadId",
    experimental: false
  },
  "item/fileChange/outputDelta": {
    params: S.FileChangeOutputDeltaNotification,
    turnId: "turnId",
    threadId: "threadId",
    experimental: false
  },
  "item/fileChange/patchUpdated": {
    params: S.FileChangePatchUpdatedNotification,
    turnId: "turnId",
    threadId: "threadId",
    experimental: false
  },
  "item/mcpToolCall/progress": {
    params: S.McpToolCallProgressNotification,
    turnId: "turnId",
    threadId: "threadId",
    experimental: false
  },
  "item/plan/delta": {
    params: S.PlanDeltaNotification,
    turnId: "turnId",
    threadId: "threadId",
    experimental: false
  },
  "item/reasoning/summaryPartAdded": {
    params: S.ReasoningSummaryPartAddedNotification,
    turnId: "turnId",
    threadId: "threadId",
    experimental: false
  },
  "item/reasoning/summaryTextDelta": {
    params: S.ReasoningSummaryTextDeltaNotification,
    turnId: "turnId",
    threadId: "threadId",
    experimental: false
  },
  "item/reasoning/textDelta": {
    params: S.ReasoningTextDeltaNotification,
    turnId: "turnId",
    threadId: "threadId",
    experimental: false
  },
  "item/started": {
    params: S.ItemStartedNotification,
    turnId: "turnId",
    threadId: "threadId",
    experimental: false
  },
  "mcpServer/event/stream/notification": {
    params: S.McpServerEventStreamNotification,
    turnId: "none",
    threadId: "none",
    experimental: false
  },
  "mcpServer/oauthLogin/completed": {
    params: S.McpServerOauthLoginCompletedNotification,
    turnId: "none",
    threadId: "threadId?",
    experimental: false
  },
  "mcpServer/startupStatus/updated": {
    params: S.McpServerStatusUpdatedNotification,
    turnId: "none",
    threadId: "threadId?",
    experimental: false
  },
  "model/rerouted": {
    params: S.ModelReroutedNotification,
    turnId: "turnId",
    threadId: "threadId",
    experimental: false
  },
  "model/safetyBuffering/updated": {
    params: S.ModelSafetyBufferingUpdatedNotification,
    turnId: "turnId",
    threadId: "threadId",
    experimental: false
  },
  "model/verification": {
    params: S.ModelVerificationNotification,
    turnId: "turnId",
    threadId: "threadId",
    experimental: false
  },
  "modelProvider/authRecoveryCompleted": {
    params: S.AuthRecoveryNotification,
    turnId: "turnId",
    threadId: "threadId",
    experimental: false
  },
  "modelProvider/authRecoveryStarted": {
    params: S.AuthRecoveryNotification,
    turnId: "turnId",
    threadId: "threadId",
    experimental: false
  },
  "process/exited": {
    params: S.ProcessExitedNotification,
    turnId: "none",
    threadId: "none",
    experimental: false
  },
  "process/outputDelta": {
    params: S.ProcessOutputDeltaNotification,
    turnId: "none",
    threadId: "none",
    experimental: false
  },
  "project/changed": {
    params: S.ProjectChangedNotification,
    turnId: "none",
    threadId: "none",
    experimental: false
  },
  "remoteControl/status/changed": {
    params: S.RemoteControlStatusChangedNotification,
    turnId: "none",
    threadId: "none",
    experimental: false
  },
  "serverRequest/resolved": {
    params: S.ServerRequestResolvedNotification,
    turnId: "none",
    threadId: "threadId",
    experimental: false
  },
  "skills/changed": {
    params: S.SkillsChangedNotification,
    turnId: "none",
    threadId: "none",
    experimental: false
  },
  "thread/archived": {
    params: S.ThreadArchivedNotification,
    turnId: "none",
    threadId: "threadId",
    experimental: false
  },
  "thread/attachment/updated": {
    params: S.ThreadAttachmentUpdatedNotification,
    turnId: "none",
    threadId: "threadId",
    experimental: false
  },
  "thread/closed": {
    params: S.ThreadClosedNotification,
    turnId: "none",
    threadId: "threadId",
    experimental: false
  },
  "thread/compacted": {
    params: S.ContextCompactedNotification,
    turnId: "turnId",
    threadId: "threadId",
    experimental: false
  },
  "thread/deleted": {
    params: S.ThreadDeletedNotification,
    turnId: "none",
    threadId: "threadId",
    experimental: false
  },
  "thread/environment/connected": {
    params: S.EnvironmentConnectionNotification,
    turnId: "none",
    threadId: "threadId",
    experimental: false
  },
  "thread/environment/disconnected": {
    params: S.EnvironmentConnectionNotification,
    turnId: "none",
    threadId: "threadId",
    experimental: false
  },
  "thread/goal/cleared": {
    params: S.ThreadGoalClearedNotification,
    turnId: "none",
    threadId: "threadId",
    experimental: false
  },
  "thread/goal/updated": {
    params: S.ThreadGoalUpdatedNotification,
    turnId: "turnId?",
    threadId: "threadId",
    experimental: false
  },
  "thread/name/updated": {
    params: S.ThreadNameUpdatedNotification,
    turnId: "none",
    threadId: "threadId",
    experimental: false
  },
  "thread/prediction/updated": {
    params: S.ThreadPredictionUpdatedNotification,
    turnId: "sourceTurnId",
    threadId: "threadId",
    experimental: false
  },
  "thread/project/updated": {
    params: S.ThreadProjectUpdatedNotification,
    turnId: "none",
    threadId: "threadId",
    experimental: false
  },
  "thread/queue/changed": {
    params: S.ThreadQueueChangedNotification,
    turnId: "none",
    threadId: "threadId",
    experimental: false
  },
  "thread/readState/changed": {
    params: S.ThreadReadStateChangedNotification,
    turnId: "none",
    threadId: "threadId",
    experimental: false
  },
  "thread/realtime/closed": {
    params: S.ThreadRealtimeClosedNotification,
    turnId: "none",
    threadId: "threadId",
    experimental: false
  },
  "thread/realtime/error": {
    params: S.ThreadRealtimeErrorNotification,
    turnId: "none",
    threadId: "threadId",
    experimental: false
  },
  "thread/realtime/item/completed": {
    params: S.ThreadRealtimeItemCompletedNotification,
    turnId: "none",
    threadId: "threadId",
    experimental: false
  },
  "thread/realtime/item/started": {
    params: S.ThreadRealtimeItemStartedNotification,
    turnId: "none",
    threadId: "threadId",
    experimental: false
  },
  "thread/realtime/item/transcript/delta": {
    params: S.ThreadRealtimeItemTranscriptDeltaNotification,
    turnId: "none",
    threadId: "threadId",
    experimental: false
  },
  "thread/realtime/itemAdded": {
    params: S.ThreadRealtimeItemAddedNotification,
    turnId: "none",
    threadId: "threadId",
    experimental: false
  },
  "thread/realtime/outputAudio/delta": {
    params: S.ThreadRealtimeOutputAudioDeltaNotification,
    turnId: "none",
    threadId: "threadId",
    experimental: false
  },
  "thread/realtime/sdp": {
    params: S.ThreadRealtimeSdpNotification,
    turnId: "none",
    threadId: "threadId",
    experimental: false
  },
  "thread/realtime/started": {
    params: S.ThreadRealtimeStartedNotification,
    turnId: "none",
    threadId: "threadId",
    experimental: false
  },
  "thread/realtime/transcript/delta": {
    params: S.ThreadRealtimeTranscriptDeltaNotification,
    turnId: "none",
    threadId: "threadId",
    experimental: false
  },
  "thread/realtime/transcript/done": {
    params: S.ThreadRealtimeTranscriptDoneNotification,
    turnId: "none",
    threadId: "threadId",
    experimental: false
  },
  "thread/reverted": {
    params: S.ThreadRevertedNotification,
    turnId: "none",
    threadId: "threadId",
    experimental: false
  },
  "thread/search/partial": {
    params: S.ThreadSearchPartialNotification,
    turnId: "none",
    threadId: "none",
    experimental: false
  },
  "thread/section/changed": {
    params: S.ThreadSectionChangedNotification,
    turnId: "none",
    threadId: "threadId",
    experimental: false
  },
  "thread/settings/updated": {
    params: S.ThreadSettingsUpdatedNotification,
    turnId: "none",
    threadId: "threadId",
    experimental: false
  },
  "thread/started": {
    params: S.ThreadStartedNotification,
    turnId: "none",
    threadId: "thread.id",
    experimental: false
  },
  "thread/status/changed": {
    params: S.ThreadStatusChangedNotification,
    turnId: "none",
    threadId: "threadId",
    experimental: false
  },
  "thread/tokenUsage/updated": {
    params: S.ThreadTokenUsageUpdatedNotification,
    turnId: "turnId",
    threadId: "threadId",
    experimental: false
  },
  "thread/unarchived": {
    params: S.ThreadUnarchivedNotification,
    turnId: "none",
    threadId: "threadId",
    experimental: false
  },
  "turn/completed": {
    params: S.TurnCompletedNotification,
    turnId: "turn.id",
    threadId: "threadId",
    experimental: false
  },
  "turn/diff/updated": {
    params: S.TurnDiffUpdatedNotification,
    turnId: "turnId",
    threadId: "threadId",
    experimental: false
  },
  "turn/moderationMetadata": {
    params: S.TurnModerationMetadataNotification,
    turnId: "turnId",
    threadId: "threadId",
    experimental: false
  },
  "turn/plan/updated": {
    params: S.TurnPlanUpdatedNotification,
    turnId: "turnId",
    threadId: "threadId",
    experimental: false
  },
  "turn/started": {
    params: S.TurnStartedNotification,
    turnId: "turn.id",
    threadId: "threadId",
    experimental: false
  },
  "warning": {
    params: S.WarningNotification,
    turnId: "none",
    threadId: "threadId?",
    experimental: false
  },
  "windows/worldWritableWarning": {
    params: S.WindowsWorldWritableWarningNotification,
    turnId: "none",
    threadId: "none",
    experimental: false
  },
  "windowsSandbox/setupCompleted": {
    params: S.WindowsSandboxSetupCompletedNotification,
    turnId: "none",
    threadId: "none",
    experimental: false
  }
} as const

/**
 * Every server-to-client request (approvals, user input, dynamic tools, ...): params and
 * response schemas, and where the turn and thread ids live.
 *
 * @since 0.1.0
 * @category registries
 */
export const ServerRequests = {
  "account/chatgptAuthTokens/refresh": {
    params: S.ChatgptAuthTokensRefreshParams,
    response: S.ChatgptAuthTokensRefreshResponse,
    turnId: "none",
    threadId: "none",
    experimental: false
  },
  "applyPatchApproval": {
    params: S.ApplyPatchApprovalParams,
    response: S.ApplyPatchApprovalResponse,
    turnId: "none",
    threadId: "none",
    experimental: false
  },
  "attestation/generate": {
    params: S.AttestationGenerateParams,
    response: S.AttestationGenerateResponse,
    turnId: "none",
    threadId: "none",
    experimental: false
  },
  "execCommandApproval": {
    params: S.ExecCommandApprovalParams,
    response: S.ExecCommandApprovalResponse,
    turnId: "none",
    threadId: "none",
    experimental: false
  },
  "item/commandExecution/requestApproval": {
    params: S.CommandExecutionRequestApprovalParams,
    response: S.CommandExecutionRequestApprovalResponse,
    turnId: "turnId",
    threadId: "threadId",
    experimental: false
  },
  "item/fileChange/requestApproval": {
    params: S.FileChangeRequestApprovalParams,
    response: S.FileChangeRequestApprovalResponse,
    turnId: "turnId",
    threadId: "threadId",
    experimental: false
  },
  "item/permissions/requestApproval": {
    params: S.PermissionsRequestApprovalParams,
    response: S.PermissionsRequestApprovalResponse,
    turnId: "turnId",
    threadId: "threadId",
    experimental: false
  },
  "item/tool/call": {
    params: S.DynamicToolCallParams,
    response: S.DynamicToolCallResponse,
    turnId: "turnId",
    threadId: "threadId",
    experimental: false
  },
  "item/tool/requestUserInput": {
    params: S.ToolRequestUserInputParams,
    response: S.ToolRequestUserInputResponse,
    turnId: "turnId",
    threadId: "threadId",
    experimental: false
  },
  "mcpServer/elicitation/request": {
    params: S.McpServerElicitationRequestParams,
    response: S.McpServerElicitationRequestResponse,
    turnId: "turnId?",
    threadId: "threadId",
    experimental: false
  }
} as const
