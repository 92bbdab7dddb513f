/**
 * Effect Schemas for every definition of the Codex app-server v2 protocol.
 *
 * Generated, do not edit: `npm run generate` writes this file from the output of
 * `codex app-server generate-json-schema --experimental` (codex-cli 0.171.0).
 *
 * @since 0.1.0
 */
/* eslint-disable */

import { Schema } from "effect"

/*
 * Every schema is built on first use: each exported schema is a `Schema.suspend` of a memoized
 * builder (`$Name`), and builders call each other directly, so importing this module builds
 * nothing, a program pays only for the definitions it uses, and a built schema has no `Suspend`
 * inside (unions keep their index by tag).
 */
const lazy = <A>(identifier: string, build: () => Schema.Schema<A>): () => Schema.Schema<A> => {
  let schema: Schema.Schema<A> | undefined
  return () => schema ??= build().annotations({ identifier })
}
const exported = <A>(identifier: string, build: () => Schema.Schema<A>): Schema.Schema<A> =>
  Schema.suspend(build).annotations({ identifier })
const optional = <S extends Schema.Schema.All>(schema: S) => Schema.optionalWith(schema, { exact: true })

/**
 * A path that is guaranteed to be absolute and normalized (though it is not guaranteed to be canonicalized or exist on the filesystem).
 *
 * IMPORTANT: When deserializing an `AbsolutePathBuf`, a base path must be set using [AbsolutePathBufGuard::new]. If no base path is set, the deserialization will fail unless the path being deserialized is already absolute.
 *
 * @since 0.1.0
 * @category models
 */
export type AbsolutePathBuf = string
const $AbsolutePathBuf = lazy("AbsolutePathBuf", (): Schema.Schema<AbsolutePathBuf> => Schema.String)
/**
 * The schema of {@link AbsolutePathBuf}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AbsolutePathBuf: Schema.Schema<AbsolutePathBuf> = exported("AbsolutePathBuf", $AbsolutePathBuf)

/**
 * The `PlanType` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type PlanType = "free" | "go" | "plus" | "pro" | "prolite" | "promax" | "team" | "self_serve_business_prolite" | "self_serve_business_usage_based" | "business" | "ent26" | "enterprise_cbp_automation" | "enterprise_cbp_usage_based" | "enterprise" | "edu" | "edu_plus" | "edu_pro" | "sci" | "sci_plus" | "unknown" | (string & {})
const $PlanType = lazy("PlanType", (): Schema.Schema<PlanType> => Schema.Union(Schema.Literal("free", "go", "plus", "pro", "prolite", "promax", "team", "self_serve_business_prolite", "self_serve_business_usage_based", "business", "ent26", "enterprise_cbp_automation", "enterprise_cbp_usage_based", "enterprise", "edu", "edu_plus", "edu_pro", "sci", "sci_plus", "unknown"), Schema.String))
/**
 * The schema of {@link PlanType}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PlanType: Schema.Schema<PlanType> = exported("PlanType", $PlanType)

/**
 * The `Account` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type Account = {
  readonly type: "apiKey"
} | {
  readonly email: string | null
  readonly planType: PlanType
  readonly type: "chatgpt"
  /**
   * Display name of the selected ChatGPT workspace, when available.
   */
  readonly workspaceName?: string | null
} | {
  readonly type: "amazonBedrock"
  readonly usesCodexManagedCredentials?: boolean
} | {
  readonly type: "gcp"
}
const $Account = lazy("Account", (): Schema.Schema<Account> => Schema.Union(Schema.Struct({
  type: Schema.Literal("apiKey")
}), Schema.Struct({
  email: Schema.NullOr(Schema.String),
  planType: $PlanType(),
  type: Schema.Literal("chatgpt"),
  workspaceName: optional(Schema.NullOr(Schema.String))
}), Schema.Struct({
  type: Schema.Literal("amazonBedrock"),
  usesCodexManagedCredentials: optional(Schema.Boolean)
}), Schema.Struct({
  type: Schema.Literal("gcp")
})))
/**
 * The schema of {@link Account}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Account: Schema.Schema<Account> = exported("Account", $Account)

/**
 * The `DesktopOnboardingEntrypoint` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type DesktopOnboardingEntrypoint = "life_sciences"
const $DesktopOnboardingEntrypoint = lazy("DesktopOnboardingEntrypoint", (): Schema.Schema<DesktopOnboardingEntrypoint> => Schema.Literal("life_sciences"))
/**
 * The schema of {@link DesktopOnboardingEntrypoint}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const DesktopOnboardingEntrypoint: Schema.Schema<DesktopOnboardingEntrypoint> = exported("DesktopOnboardingEntrypoint", $DesktopOnboardingEntrypoint)

/**
 * The `AccountLoginCompletedNotification` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface AccountLoginCompletedNotification {
  readonly error?: string | null
  readonly loginId?: string | null
  readonly onboardingEntrypoint?: DesktopOnboardingEntrypoint | null
  readonly success: boolean
}
const $AccountLoginCompletedNotification = lazy("AccountLoginCompletedNotification", (): Schema.Schema<AccountLoginCompletedNotification> => Schema.Struct({
  error: optional(Schema.NullOr(Schema.String)),
  loginId: optional(Schema.NullOr(Schema.String)),
  onboardingEntrypoint: optional(Schema.NullOr($DesktopOnboardingEntrypoint())),
  success: Schema.Boolean
}))
/**
 * The schema of {@link AccountLoginCompletedNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AccountLoginCompletedNotification: Schema.Schema<AccountLoginCompletedNotification> = exported("AccountLoginCompletedNotification", $AccountLoginCompletedNotification)

/**
 * The `CreditsSnapshot` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface CreditsSnapshot {
  readonly balance?: string | null
  readonly hasCredits: boolean
  readonly unlimited: boolean
}
const $CreditsSnapshot = lazy("CreditsSnapshot", (): Schema.Schema<CreditsSnapshot> => Schema.Struct({
  balance: optional(Schema.NullOr(Schema.String)),
  hasCredits: Schema.Boolean,
  unlimited: Schema.Boolean
}))
/**
 * The schema of {@link CreditsSnapshot}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CreditsSnapshot: Schema.Schema<CreditsSnapshot> = exported("CreditsSnapshot", $CreditsSnapshot)

/**
 * The `RateLimitReachedType` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type RateLimitReachedType = "rate_limit_reached" | "workspace_owner_credits_depleted" | "workspace_member_credits_depleted" | "workspace_owner_usage_limit_reached" | "workspace_member_usage_limit_reached" | (string & {})
const $RateLimitReachedType = lazy("RateLimitReachedType", (): Schema.Schema<RateLimitReachedType> => Schema.Union(Schema.Literal("rate_limit_reached", "workspace_owner_credits_depleted", "workspace_member_credits_depleted", "workspace_owner_usage_limit_reached", "workspace_member_usage_limit_reached"), Schema.String))
/**
 * The schema of {@link RateLimitReachedType}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const RateLimitReachedType: Schema.Schema<RateLimitReachedType> = exported("RateLimitReachedType", $RateLimitReachedType)

/**
 * The `RateLimitWindow` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface RateLimitWindow {
  readonly resetsAt?: number | null
  readonly usedPercent: number
  readonly windowDurationMins?: number | null
}
const $RateLimitWindow = lazy("RateLimitWindow", (): Schema.Schema<RateLimitWindow> => Schema.Struct({
  resetsAt: optional(Schema.NullOr(Schema.Number)),
  usedPercent: Schema.Int,
  windowDurationMins: optional(Schema.NullOr(Schema.Number))
}))
/**
 * The schema of {@link RateLimitWindow}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const RateLimitWindow: Schema.Schema<RateLimitWindow> = exported("RateLimitWindow", $RateLimitWindow)

/**
 * The `SpendControlLimitSnapshot` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface SpendControlLimitSnapshot {
  readonly limit: string
  readonly remainingPercent: number
  readonly resetsAt: number
  readonly used: string
}
const $SpendControlLimitSnapshot = lazy("SpendControlLimitSnapshot", (): Schema.Schema<SpendControlLimitSnapshot> => Schema.Struct({
  limit: Schema.String,
  remainingPercent: Schema.Int,
  resetsAt: Schema.Number,
  used: Schema.String
}))
/**
 * The schema of {@link SpendControlLimitSnapshot}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SpendControlLimitSnapshot: Schema.Schema<SpendControlLimitSnapshot> = exported("SpendControlLimitSnapshot", $SpendControlLimitSnapshot)

/**
 * The `RateLimitSnapshot` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface RateLimitSnapshot {
  readonly credits?: CreditsSnapshot | null
  readonly individualLimit?: SpendControlLimitSnapshot | null
  readonly limitId?: string | null
  readonly limitName?: string | null
  /**
   * Normal model whose display name and reasoning options describe this quota alias.
   */
  readonly normalModelSlug?: string | null
  readonly planType?: PlanType | null
  readonly primary?: RateLimitWindow | null
  readonly rateLimitReachedType?: RateLimitReachedType | null
  readonly secondary?: RateLimitWindow | null
  /**
   * Backend-reported spend-control state. `None` is unavailable, not a sparse-update recovery.
   */
  readonly spendControlReached?: boolean | null
}
const $RateLimitSnapshot = lazy("RateLimitSnapshot", (): Schema.Schema<RateLimitSnapshot> => Schema.Struct({
  credits: optional(Schema.NullOr($CreditsSnapshot())),
  individualLimit: optional(Schema.NullOr($SpendControlLimitSnapshot())),
  limitId: optional(Schema.NullOr(Schema.String)),
  limitName: optional(Schema.NullOr(Schema.String)),
  normalModelSlug: optional(Schema.NullOr(Schema.String)),
  planType: optional(Schema.NullOr($PlanType())),
  primary: optional(Schema.NullOr($RateLimitWindow())),
  rateLimitReachedType: optional(Schema.NullOr($RateLimitReachedType())),
  secondary: optional(Schema.NullOr($RateLimitWindow())),
  spendControlReached: optional(Schema.NullOr(Schema.Boolean))
}))
/**
 * The schema of {@link RateLimitSnapshot}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const RateLimitSnapshot: Schema.Schema<RateLimitSnapshot> = exported("RateLimitSnapshot", $RateLimitSnapshot)

/**
 * Sparse rolling rate-limit update.
 *
 * Clients should merge available values into the most recent `account/rateLimits/read` response or refetch that snapshot. Nullable account metadata may be unavailable in a rolling update and does not clear a previously observed value.
 *
 * @since 0.1.0
 * @category models
 */
export interface AccountRateLimitsUpdatedNotification {
  readonly rateLimits: RateLimitSnapshot
}
const $AccountRateLimitsUpdatedNotification = lazy("AccountRateLimitsUpdatedNotification", (): Schema.Schema<AccountRateLimitsUpdatedNotification> => Schema.Struct({
  rateLimits: $RateLimitSnapshot()
}))
/**
 * The schema of {@link AccountRateLimitsUpdatedNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AccountRateLimitsUpdatedNotification: Schema.Schema<AccountRateLimitsUpdatedNotification> = exported("AccountRateLimitsUpdatedNotification", $AccountRateLimitsUpdatedNotification)

/**
 * Backend routing policy. Wire values match the accounts/check contract.
 *
 * @since 0.1.0
 * @category models
 */
export type AccountRoutingOverride = "NO_CONSTRAINT" | "us" | "us_cr" | (string & {})
const $AccountRoutingOverride = lazy("AccountRoutingOverride", (): Schema.Schema<AccountRoutingOverride> => Schema.Union(Schema.Literal("NO_CONSTRAINT", "us", "us_cr"), Schema.String))
/**
 * The schema of {@link AccountRoutingOverride}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AccountRoutingOverride: Schema.Schema<AccountRoutingOverride> = exported("AccountRoutingOverride", $AccountRoutingOverride)

/**
 * The `AccountSecuritySetupAction` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface AccountSecuritySetupAction {
  readonly label: string
  readonly url: string
}
const $AccountSecuritySetupAction = lazy("AccountSecuritySetupAction", (): Schema.Schema<AccountSecuritySetupAction> => Schema.Struct({
  label: Schema.String,
  url: Schema.String
}))
/**
 * The schema of {@link AccountSecuritySetupAction}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AccountSecuritySetupAction: Schema.Schema<AccountSecuritySetupAction> = exported("AccountSecuritySetupAction", $AccountSecuritySetupAction)

/**
 * The `AccountSecuritySetupNotice` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface AccountSecuritySetupNotice {
  readonly accountId: string
  readonly action: AccountSecuritySetupAction
  readonly description: string
  readonly title: string
  readonly userId: string
}
const $AccountSecuritySetupNotice = lazy("AccountSecuritySetupNotice", (): Schema.Schema<AccountSecuritySetupNotice> => Schema.Struct({
  accountId: Schema.String,
  action: $AccountSecuritySetupAction(),
  description: Schema.String,
  title: Schema.String,
  userId: Schema.String
}))
/**
 * The schema of {@link AccountSecuritySetupNotice}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AccountSecuritySetupNotice: Schema.Schema<AccountSecuritySetupNotice> = exported("AccountSecuritySetupNotice", $AccountSecuritySetupNotice)

/**
 * The `AccountSessionWorkspaceKind` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type AccountSessionWorkspaceKind = "personal" | "workspace" | (string & {})
const $AccountSessionWorkspaceKind = lazy("AccountSessionWorkspaceKind", (): Schema.Schema<AccountSessionWorkspaceKind> => Schema.Union(Schema.Literal("personal", "workspace"), Schema.String))
/**
 * The schema of {@link AccountSessionWorkspaceKind}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AccountSessionWorkspaceKind: Schema.Schema<AccountSessionWorkspaceKind> = exported("AccountSessionWorkspaceKind", $AccountSessionWorkspaceKind)

/**
 * The `AccountSessionWorkspace` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface AccountSessionWorkspace {
  readonly accountId: string
  readonly imageUrl?: string | null
  readonly kind?: AccountSessionWorkspaceKind | null
  readonly name?: string | null
}
const $AccountSessionWorkspace = lazy("AccountSessionWorkspace", (): Schema.Schema<AccountSessionWorkspace> => Schema.Struct({
  accountId: Schema.String,
  imageUrl: optional(Schema.NullOr(Schema.String)),
  kind: optional(Schema.NullOr($AccountSessionWorkspaceKind())),
  name: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link AccountSessionWorkspace}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AccountSessionWorkspace: Schema.Schema<AccountSessionWorkspace> = exported("AccountSessionWorkspace", $AccountSessionWorkspace)

/**
 * The `AccountSession` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface AccountSession {
  readonly displayName?: string | null
  readonly email?: string | null
  readonly imageUrl?: string | null
  readonly isActive: boolean
  readonly lastUsedAt: number
  readonly selectedWorkspaceAccountId?: string | null
  readonly sessionId: string
  readonly userId?: string | null
  readonly workspaces: ReadonlyArray<AccountSessionWorkspace>
}
const $AccountSession = lazy("AccountSession", (): Schema.Schema<AccountSession> => Schema.Struct({
  displayName: optional(Schema.NullOr(Schema.String)),
  email: optional(Schema.NullOr(Schema.String)),
  imageUrl: optional(Schema.NullOr(Schema.String)),
  isActive: Schema.Boolean,
  lastUsedAt: Schema.Number,
  selectedWorkspaceAccountId: optional(Schema.NullOr(Schema.String)),
  sessionId: Schema.String,
  userId: optional(Schema.NullOr(Schema.String)),
  workspaces: Schema.Array($AccountSessionWorkspace())
}))
/**
 * The schema of {@link AccountSession}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AccountSession: Schema.Schema<AccountSession> = exported("AccountSession", $AccountSession)

/**
 * The `AccountSessionsListParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface AccountSessionsListParams {
  readonly refreshWorkspaceMetadata?: boolean
}
const $AccountSessionsListParams = lazy("AccountSessionsListParams", (): Schema.Schema<AccountSessionsListParams> => Schema.Struct({
  refreshWorkspaceMetadata: optional(Schema.Boolean)
}))
/**
 * The schema of {@link AccountSessionsListParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AccountSessionsListParams: Schema.Schema<AccountSessionsListParams> = exported("AccountSessionsListParams", $AccountSessionsListParams)

/**
 * The `AccountSessionsResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface AccountSessionsResponse {
  readonly activeSessionId?: string | null
  readonly sessions: ReadonlyArray<AccountSession>
}
const $AccountSessionsResponse = lazy("AccountSessionsResponse", (): Schema.Schema<AccountSessionsResponse> => Schema.Struct({
  activeSessionId: optional(Schema.NullOr(Schema.String)),
  sessions: Schema.Array($AccountSession())
}))
/**
 * The schema of {@link AccountSessionsResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AccountSessionsResponse: Schema.Schema<AccountSessionsResponse> = exported("AccountSessionsResponse", $AccountSessionsResponse)

/**
 * The `AccountSessionsSwitchParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface AccountSessionsSwitchParams {
  /**
   * Workspace to select within that login; this is not a user identifier.
   */
  readonly accountId: string
  /**
   * Allow Core to start browser sign-in if this session needs SSO for the workspace.
   */
  readonly allowBrowserLogin?: boolean
  /**
   * Opaque active-login identifier returned by accountSession/list.
   */
  readonly sessionId: string
}
const $AccountSessionsSwitchParams = lazy("AccountSessionsSwitchParams", (): Schema.Schema<AccountSessionsSwitchParams> => Schema.Struct({
  accountId: Schema.String,
  allowBrowserLogin: optional(Schema.Boolean),
  sessionId: Schema.String
}))
/**
 * The schema of {@link AccountSessionsSwitchParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AccountSessionsSwitchParams: Schema.Schema<AccountSessionsSwitchParams> = exported("AccountSessionsSwitchParams", $AccountSessionsSwitchParams)

/**
 * The `AccountSessionsSwitchResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type AccountSessionsSwitchResponse = {
  readonly activeSessionId?: string | null
  readonly sessions: ReadonlyArray<AccountSession>
} | {
  readonly auth_url: string
  readonly login_id: string
}
const $AccountSessionsSwitchResponse = lazy("AccountSessionsSwitchResponse", (): Schema.Schema<AccountSessionsSwitchResponse> => Schema.Union(Schema.Struct({
  activeSessionId: optional(Schema.NullOr(Schema.String)),
  sessions: Schema.Array($AccountSession())
}), Schema.Struct({
  auth_url: Schema.String,
  login_id: Schema.String
})))
/**
 * The schema of {@link AccountSessionsSwitchResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AccountSessionsSwitchResponse: Schema.Schema<AccountSessionsSwitchResponse> = exported("AccountSessionsSwitchResponse", $AccountSessionsSwitchResponse)

/**
 * The `AccountTokenUsageDailyBucket` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface AccountTokenUsageDailyBucket {
  readonly startDate: string
  readonly tokens: number
}
const $AccountTokenUsageDailyBucket = lazy("AccountTokenUsageDailyBucket", (): Schema.Schema<AccountTokenUsageDailyBucket> => Schema.Struct({
  startDate: Schema.String,
  tokens: Schema.Number
}))
/**
 * The schema of {@link AccountTokenUsageDailyBucket}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AccountTokenUsageDailyBucket: Schema.Schema<AccountTokenUsageDailyBucket> = exported("AccountTokenUsageDailyBucket", $AccountTokenUsageDailyBucket)

/**
 * The `AccountTokenUsageSummary` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface AccountTokenUsageSummary {
  readonly currentStreakDays?: number | null
  readonly lifetimeTokens?: number | null
  readonly longestRunningTurnSec?: number | null
  readonly longestStreakDays?: number | null
  readonly peakDailyTokens?: number | null
}
const $AccountTokenUsageSummary = lazy("AccountTokenUsageSummary", (): Schema.Schema<AccountTokenUsageSummary> => Schema.Struct({
  currentStreakDays: optional(Schema.NullOr(Schema.Number)),
  lifetimeTokens: optional(Schema.NullOr(Schema.Number)),
  longestRunningTurnSec: optional(Schema.NullOr(Schema.Number)),
  longestStreakDays: optional(Schema.NullOr(Schema.Number)),
  peakDailyTokens: optional(Schema.NullOr(Schema.Number))
}))
/**
 * The schema of {@link AccountTokenUsageSummary}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AccountTokenUsageSummary: Schema.Schema<AccountTokenUsageSummary> = exported("AccountTokenUsageSummary", $AccountTokenUsageSummary)

/**
 * The `AccountUpdateReason` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type AccountUpdateReason = "workspaceRoutingReady" | "unknown" | (string & {})
const $AccountUpdateReason = lazy("AccountUpdateReason", (): Schema.Schema<AccountUpdateReason> => Schema.Union(Schema.Literal("workspaceRoutingReady", "unknown"), Schema.String))
/**
 * The schema of {@link AccountUpdateReason}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AccountUpdateReason: Schema.Schema<AccountUpdateReason> = exported("AccountUpdateReason", $AccountUpdateReason)

/**
 * Authentication mode for OpenAI-backed providers.
 *
 * @since 0.1.0
 * @category models
 */
export type AuthMode = "apikey" | "chatgpt" | "chatgptAuthTokens" | "headers" | "agentIdentity" | "personalAccessToken" | "bedrockApiKey" | "bedrockAccessKeys"
const $AuthMode = lazy("AuthMode", (): Schema.Schema<AuthMode> => Schema.Union(Schema.Literal("apikey"), Schema.Literal("chatgpt"), Schema.Literal("chatgptAuthTokens"), Schema.Literal("headers"), Schema.Literal("agentIdentity"), Schema.Literal("personalAccessToken"), Schema.Literal("bedrockApiKey"), Schema.Literal("bedrockAccessKeys")))
/**
 * The schema of {@link AuthMode}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AuthMode: Schema.Schema<AuthMode> = exported("AuthMode", $AuthMode)

/**
 * The `AccountUpdatedNotification` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface AccountUpdatedNotification {
  readonly authMode?: AuthMode | null
  readonly planType?: PlanType | null
  /**
   * Set when initial routing discovery completes for the same authenticated owner.
   */
  readonly reason?: AccountUpdateReason | null
}
const $AccountUpdatedNotification = lazy("AccountUpdatedNotification", (): Schema.Schema<AccountUpdatedNotification> => Schema.Struct({
  authMode: optional(Schema.NullOr($AuthMode())),
  planType: optional(Schema.NullOr($PlanType())),
  reason: optional(Schema.NullOr($AccountUpdateReason()))
}))
/**
 * The schema of {@link AccountUpdatedNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AccountUpdatedNotification: Schema.Schema<AccountUpdatedNotification> = exported("AccountUpdatedNotification", $AccountUpdatedNotification)

/**
 * The `ActivePermissionProfile` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ActivePermissionProfile {
  /**
   * Parent profile identifier from the selected permissions profile's `extends` setting, when present.
   */
  readonly extends?: string | null
  /**
   * Identifier from `default_permissions` or the implicit built-in default, such as `:workspace` or a user-defined `[permissions.<id>]` profile.
   */
  readonly id: string
}
const $ActivePermissionProfile = lazy("ActivePermissionProfile", (): Schema.Schema<ActivePermissionProfile> => Schema.Struct({
  extends: optional(Schema.NullOr(Schema.String)),
  id: Schema.String
}))
/**
 * The schema of {@link ActivePermissionProfile}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ActivePermissionProfile: Schema.Schema<ActivePermissionProfile> = exported("ActivePermissionProfile", $ActivePermissionProfile)

/**
 * The `AddCreditsNudgeCreditType` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type AddCreditsNudgeCreditType = "credits" | "usage_limit"
const $AddCreditsNudgeCreditType = lazy("AddCreditsNudgeCreditType", (): Schema.Schema<AddCreditsNudgeCreditType> => Schema.Literal("credits", "usage_limit"))
/**
 * The schema of {@link AddCreditsNudgeCreditType}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AddCreditsNudgeCreditType: Schema.Schema<AddCreditsNudgeCreditType> = exported("AddCreditsNudgeCreditType", $AddCreditsNudgeCreditType)

/**
 * The `AddCreditsNudgeEmailStatus` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type AddCreditsNudgeEmailStatus = "sent" | "cooldown_active" | (string & {})
const $AddCreditsNudgeEmailStatus = lazy("AddCreditsNudgeEmailStatus", (): Schema.Schema<AddCreditsNudgeEmailStatus> => Schema.Union(Schema.Literal("sent", "cooldown_active"), Schema.String))
/**
 * The schema of {@link AddCreditsNudgeEmailStatus}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AddCreditsNudgeEmailStatus: Schema.Schema<AddCreditsNudgeEmailStatus> = exported("AddCreditsNudgeEmailStatus", $AddCreditsNudgeEmailStatus)

/**
 * The `AdditionalContextKind` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type AdditionalContextKind = "untrusted" | "application"
const $AdditionalContextKind = lazy("AdditionalContextKind", (): Schema.Schema<AdditionalContextKind> => Schema.Literal("untrusted", "application"))
/**
 * The schema of {@link AdditionalContextKind}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AdditionalContextKind: Schema.Schema<AdditionalContextKind> = exported("AdditionalContextKind", $AdditionalContextKind)

/**
 * The `AdditionalContextEntry` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface AdditionalContextEntry {
  readonly kind: AdditionalContextKind
  /**
   * Optional name for untrusted context, used to label its tool output.
   */
  readonly name?: string | null
  readonly value: string
}
const $AdditionalContextEntry = lazy("AdditionalContextEntry", (): Schema.Schema<AdditionalContextEntry> => Schema.Struct({
  kind: $AdditionalContextKind(),
  name: optional(Schema.NullOr(Schema.String)),
  value: Schema.String
}))
/**
 * The schema of {@link AdditionalContextEntry}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AdditionalContextEntry: Schema.Schema<AdditionalContextEntry> = exported("AdditionalContextEntry", $AdditionalContextEntry)

/**
 * The `FileSystemAccessMode` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type FileSystemAccessMode = "read" | "write" | "deny"
const $FileSystemAccessMode = lazy("FileSystemAccessMode", (): Schema.Schema<FileSystemAccessMode> => Schema.Literal("read", "write", "deny"))
/**
 * The schema of {@link FileSystemAccessMode}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FileSystemAccessMode: Schema.Schema<FileSystemAccessMode> = exported("FileSystemAccessMode", $FileSystemAccessMode)

/**
 * The `LegacyAppPathString` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type LegacyAppPathString = string
const $LegacyAppPathString = lazy("LegacyAppPathString", (): Schema.Schema<LegacyAppPathString> => Schema.String)
/**
 * The schema of {@link LegacyAppPathString}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const LegacyAppPathString: Schema.Schema<LegacyAppPathString> = exported("LegacyAppPathString", $LegacyAppPathString)

/**
 * The `FileSystemSpecialPath` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type FileSystemSpecialPath = {
  readonly kind: "root"
} | {
  readonly kind: "minimal"
} | {
  readonly kind: "project_roots"
  readonly subpath?: LegacyAppPathString | null
} | {
  readonly kind: "tmpdir"
} | {
  readonly kind: "slash_tmp"
} | {
  readonly kind: "unknown"
  readonly path: string
  readonly subpath?: LegacyAppPathString | null
}
const $FileSystemSpecialPath = lazy("FileSystemSpecialPath", (): Schema.Schema<FileSystemSpecialPath> => Schema.Union(Schema.Struct({
  kind: Schema.Literal("root")
}), Schema.Struct({
  kind: Schema.Literal("minimal")
}), Schema.Struct({
  kind: Schema.Literal("project_roots"),
  subpath: optional(Schema.NullOr($LegacyAppPathString()))
}), Schema.Struct({
  kind: Schema.Literal("tmpdir")
}), Schema.Struct({
  kind: Schema.Literal("slash_tmp")
}), Schema.Struct({
  kind: Schema.Literal("unknown"),
  path: Schema.String,
  subpath: optional(Schema.NullOr($LegacyAppPathString()))
})))
/**
 * The schema of {@link FileSystemSpecialPath}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FileSystemSpecialPath: Schema.Schema<FileSystemSpecialPath> = exported("FileSystemSpecialPath", $FileSystemSpecialPath)

/**
 * The `FileSystemPath` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type FileSystemPath = {
  readonly path: LegacyAppPathString
  readonly type: "path"
} | {
  readonly pattern: string
  readonly type: "glob_pattern"
} | {
  readonly type: "special"
  readonly value: FileSystemSpecialPath
}
const $FileSystemPath = lazy("FileSystemPath", (): Schema.Schema<FileSystemPath> => Schema.Union(Schema.Struct({
  path: $LegacyAppPathString(),
  type: Schema.Literal("path")
}), Schema.Struct({
  pattern: Schema.String,
  type: Schema.Literal("glob_pattern")
}), Schema.Struct({
  type: Schema.Literal("special"),
  value: $FileSystemSpecialPath()
})))
/**
 * The schema of {@link FileSystemPath}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FileSystemPath: Schema.Schema<FileSystemPath> = exported("FileSystemPath", $FileSystemPath)

/**
 * The `FileSystemSandboxEntry` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface FileSystemSandboxEntry {
  readonly access: FileSystemAccessMode
  readonly path: FileSystemPath
}
const $FileSystemSandboxEntry = lazy("FileSystemSandboxEntry", (): Schema.Schema<FileSystemSandboxEntry> => Schema.Struct({
  access: $FileSystemAccessMode(),
  path: $FileSystemPath()
}))
/**
 * The schema of {@link FileSystemSandboxEntry}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FileSystemSandboxEntry: Schema.Schema<FileSystemSandboxEntry> = exported("FileSystemSandboxEntry", $FileSystemSandboxEntry)

/**
 * The `AdditionalFileSystemPermissions` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface AdditionalFileSystemPermissions {
  readonly entries?: ReadonlyArray<FileSystemSandboxEntry> | null
  readonly globScanMaxDepth?: number | null
  /**
   * This will be removed in favor of `entries`.
   */
  readonly read?: ReadonlyArray<LegacyAppPathString> | null
  /**
   * This will be removed in favor of `entries`.
   */
  readonly write?: ReadonlyArray<LegacyAppPathString> | null
}
const $AdditionalFileSystemPermissions = lazy("AdditionalFileSystemPermissions", (): Schema.Schema<AdditionalFileSystemPermissions> => Schema.Struct({
  entries: optional(Schema.NullOr(Schema.Array($FileSystemSandboxEntry()))),
  globScanMaxDepth: optional(Schema.NullOr(Schema.Number)),
  read: optional(Schema.NullOr(Schema.Array($LegacyAppPathString()))),
  write: optional(Schema.NullOr(Schema.Array($LegacyAppPathString())))
}))
/**
 * The schema of {@link AdditionalFileSystemPermissions}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AdditionalFileSystemPermissions: Schema.Schema<AdditionalFileSystemPermissions> = exported("AdditionalFileSystemPermissions", $AdditionalFileSystemPermissions)

/**
 * The `AdditionalNetworkPermissions` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface AdditionalNetworkPermissions {
  readonly enabled?: boolean | null
}
const $AdditionalNetworkPermissions = lazy("AdditionalNetworkPermissions", (): Schema.Schema<AdditionalNetworkPermissions> => Schema.Struct({
  enabled: optional(Schema.NullOr(Schema.Boolean))
}))
/**
 * The schema of {@link AdditionalNetworkPermissions}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AdditionalNetworkPermissions: Schema.Schema<AdditionalNetworkPermissions> = exported("AdditionalNetworkPermissions", $AdditionalNetworkPermissions)

/**
 * The `AdditionalPermissionProfile` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface AdditionalPermissionProfile {
  readonly fileSystem?: AdditionalFileSystemPermissions | null
  /**
   * Partial overlay used for per-command permission requests.
   */
  readonly network?: AdditionalNetworkPermissions | null
}
const $AdditionalPermissionProfile = lazy("AdditionalPermissionProfile", (): Schema.Schema<AdditionalPermissionProfile> => Schema.Struct({
  fileSystem: optional(Schema.NullOr($AdditionalFileSystemPermissions())),
  network: optional(Schema.NullOr($AdditionalNetworkPermissions()))
}))
/**
 * The schema of {@link AdditionalPermissionProfile}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AdditionalPermissionProfile: Schema.Schema<AdditionalPermissionProfile> = exported("AdditionalPermissionProfile", $AdditionalPermissionProfile)

/**
 * The `AgentMessageDelivery` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type AgentMessageDelivery = "async"
const $AgentMessageDelivery = lazy("AgentMessageDelivery", (): Schema.Schema<AgentMessageDelivery> => Schema.Literal("async"))
/**
 * The schema of {@link AgentMessageDelivery}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AgentMessageDelivery: Schema.Schema<AgentMessageDelivery> = exported("AgentMessageDelivery", $AgentMessageDelivery)

/**
 * The `AgentMessageDeltaNotification` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface AgentMessageDeltaNotification {
  readonly delta: string
  readonly itemId: string
  readonly threadId: string
  readonly turnId: string
}
const $AgentMessageDeltaNotification = lazy("AgentMessageDeltaNotification", (): Schema.Schema<AgentMessageDeltaNotification> => Schema.Struct({
  delta: Schema.String,
  itemId: Schema.String,
  threadId: Schema.String,
  turnId: Schema.String
}))
/**
 * The schema of {@link AgentMessageDeltaNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AgentMessageDeltaNotification: Schema.Schema<AgentMessageDeltaNotification> = exported("AgentMessageDeltaNotification", $AgentMessageDeltaNotification)

/**
 * The `HelplineSubject` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type HelplineSubject = "answer" | "prompt" | (string & {})
const $HelplineSubject = lazy("HelplineSubject", (): Schema.Schema<HelplineSubject> => Schema.Union(Schema.Literal("answer", "prompt"), Schema.String))
/**
 * The schema of {@link HelplineSubject}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const HelplineSubject: Schema.Schema<HelplineSubject> = exported("HelplineSubject", $HelplineSubject)

/**
 * The `AnswerAnnotation` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type AnswerAnnotation = {
  readonly kind: "wellbeingHelpline"
  readonly subject: HelplineSubject
}
const $AnswerAnnotation = lazy("AnswerAnnotation", (): Schema.Schema<AnswerAnnotation> => Schema.Struct({
  kind: Schema.Literal("wellbeingHelpline"),
  subject: $HelplineSubject()
}))
/**
 * The schema of {@link AnswerAnnotation}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnswerAnnotation: Schema.Schema<AnswerAnnotation> = exported("AnswerAnnotation", $AnswerAnnotation)

/**
 * The `AnswerReplacement` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type AnswerReplacement = {
  readonly kind: "wellbeingPromptHelpline"
}
const $AnswerReplacement = lazy("AnswerReplacement", (): Schema.Schema<AnswerReplacement> => Schema.Struct({
  kind: Schema.Literal("wellbeingPromptHelpline")
}))
/**
 * The schema of {@link AnswerReplacement}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnswerReplacement: Schema.Schema<AnswerReplacement> = exported("AnswerReplacement", $AnswerReplacement)

/**
 * The `BlockReason` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type BlockReason = {
  readonly kind: "protection"
  /**
   * Identifies the same moderation row that Chat writes on the live path.
   */
  readonly protectionType: string
} | {
  readonly kind: "cyber"
  readonly trustedAccess?: boolean | null
}
const $BlockReason = lazy("BlockReason", (): Schema.Schema<BlockReason> => Schema.Union(Schema.Struct({
  kind: Schema.Literal("protection"),
  protectionType: Schema.String
}), Schema.Struct({
  kind: Schema.Literal("cyber"),
  trustedAccess: optional(Schema.NullOr(Schema.Boolean))
})))
/**
 * The schema of {@link BlockReason}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const BlockReason: Schema.Schema<BlockReason> = exported("BlockReason", $BlockReason)

/**
 * The `TrustedContacts` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type TrustedContacts = "check" | "skip" | (string & {})
const $TrustedContacts = lazy("TrustedContacts", (): Schema.Schema<TrustedContacts> => Schema.Union(Schema.Literal("check", "skip"), Schema.String))
/**
 * The schema of {@link TrustedContacts}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const TrustedContacts: Schema.Schema<TrustedContacts> = exported("TrustedContacts", $TrustedContacts)

/**
 * How Chat should present a recovered answer.
 *
 * @since 0.1.0
 * @category models
 */
export type AgentMessageDisplay = {
  readonly annotation?: AnswerAnnotation | null
  readonly mode: "show"
  readonly trustedContacts: TrustedContacts
  readonly version: 1
} | {
  readonly mode: "hide"
  readonly replacement: AnswerReplacement
  readonly version: 1
} | {
  readonly mode: "block"
  readonly reason: BlockReason
  readonly version: 1
}
const $AgentMessageDisplay = lazy("AgentMessageDisplay", (): Schema.Schema<AgentMessageDisplay> => Schema.Union(Schema.Struct({
  annotation: optional(Schema.NullOr($AnswerAnnotation())),
  mode: Schema.Literal("show"),
  trustedContacts: $TrustedContacts(),
  version: Schema.Literal(1)
}), Schema.Struct({
  mode: Schema.Literal("hide"),
  replacement: $AnswerReplacement(),
  version: Schema.Literal(1)
}), Schema.Struct({
  mode: Schema.Literal("block"),
  reason: $BlockReason(),
  version: Schema.Literal(1)
})))
/**
 * The schema of {@link AgentMessageDisplay}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AgentMessageDisplay: Schema.Schema<AgentMessageDisplay> = exported("AgentMessageDisplay", $AgentMessageDisplay)

/**
 * The `AgentMessageInputContent` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type AgentMessageInputContent = {
  readonly text: string
  readonly type: "input_text"
} | {
  readonly encrypted_content: string
  readonly type: "encrypted_content"
}
const $AgentMessageInputContent = lazy("AgentMessageInputContent", (): Schema.Schema<AgentMessageInputContent> => Schema.Union(Schema.Struct({
  text: Schema.String,
  type: Schema.Literal("input_text")
}), Schema.Struct({
  encrypted_content: Schema.String,
  type: Schema.Literal("encrypted_content")
})))
/**
 * The schema of {@link AgentMessageInputContent}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AgentMessageInputContent: Schema.Schema<AgentMessageInputContent> = exported("AgentMessageInputContent", $AgentMessageInputContent)

/**
 * The `AgentMessageModeration` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface AgentMessageModeration {
  readonly display?: AgentMessageDisplay | null
  readonly moderated: boolean
}
const $AgentMessageModeration = lazy("AgentMessageModeration", (): Schema.Schema<AgentMessageModeration> => Schema.Struct({
  display: optional(Schema.NullOr($AgentMessageDisplay())),
  moderated: Schema.Boolean
}))
/**
 * The schema of {@link AgentMessageModeration}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AgentMessageModeration: Schema.Schema<AgentMessageModeration> = exported("AgentMessageModeration", $AgentMessageModeration)

/**
 * The `AgentPath` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type AgentPath = string
const $AgentPath = lazy("AgentPath", (): Schema.Schema<AgentPath> => Schema.String)
/**
 * The schema of {@link AgentPath}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AgentPath: Schema.Schema<AgentPath> = exported("AgentPath", $AgentPath)

/**
 * The `AllowDenyRequirement` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type AllowDenyRequirement = "allow" | "deny" | (string & {})
const $AllowDenyRequirement = lazy("AllowDenyRequirement", (): Schema.Schema<AllowDenyRequirement> => Schema.Union(Schema.Literal("allow", "deny"), Schema.String))
/**
 * The schema of {@link AllowDenyRequirement}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AllowDenyRequirement: Schema.Schema<AllowDenyRequirement> = exported("AllowDenyRequirement", $AllowDenyRequirement)

/**
 * The `AnalyticsConfig` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface AnalyticsConfig {
  readonly enabled?: boolean | null
}
const $AnalyticsConfig = lazy("AnalyticsConfig", (): Schema.Schema<AnalyticsConfig> => Schema.Struct({
  enabled: optional(Schema.NullOr(Schema.Boolean))
}))
/**
 * The schema of {@link AnalyticsConfig}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AnalyticsConfig: Schema.Schema<AnalyticsConfig> = exported("AnalyticsConfig", $AnalyticsConfig)

/**
 * EXPERIMENTAL - app metadata returned by app-list APIs.
 *
 * @since 0.1.0
 * @category models
 */
export interface AppBranding {
  readonly category?: string | null
  readonly developer?: string | null
  readonly isDiscoverableApp: boolean
  readonly privacyPolicy?: string | null
  readonly termsOfService?: string | null
  readonly website?: string | null
}
const $AppBranding = lazy("AppBranding", (): Schema.Schema<AppBranding> => Schema.Struct({
  category: optional(Schema.NullOr(Schema.String)),
  developer: optional(Schema.NullOr(Schema.String)),
  isDiscoverableApp: Schema.Boolean,
  privacyPolicy: optional(Schema.NullOr(Schema.String)),
  termsOfService: optional(Schema.NullOr(Schema.String)),
  website: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link AppBranding}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AppBranding: Schema.Schema<AppBranding> = exported("AppBranding", $AppBranding)

/**
 * Account settings for a single app.
 *
 * @since 0.1.0
 * @category models
 */
export type AppLinksConfig = { readonly [key: string]: unknown }
const $AppLinksConfig = lazy("AppLinksConfig", (): Schema.Schema<AppLinksConfig> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link AppLinksConfig}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AppLinksConfig: Schema.Schema<AppLinksConfig> = exported("AppLinksConfig", $AppLinksConfig)

/**
 * The `AppToolApproval` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type AppToolApproval = "auto" | "prompt" | "writes" | "approve" | (string & {})
const $AppToolApproval = lazy("AppToolApproval", (): Schema.Schema<AppToolApproval> => Schema.Union(Schema.Literal("auto", "prompt", "writes", "approve"), Schema.String))
/**
 * The schema of {@link AppToolApproval}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AppToolApproval: Schema.Schema<AppToolApproval> = exported("AppToolApproval", $AppToolApproval)

/**
 * The `AppToolsConfig` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type AppToolsConfig = { readonly [key: string]: unknown }
const $AppToolsConfig = lazy("AppToolsConfig", (): Schema.Schema<AppToolsConfig> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link AppToolsConfig}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AppToolsConfig: Schema.Schema<AppToolsConfig> = exported("AppToolsConfig", $AppToolsConfig)

/**
 * Configures who approval requests are routed to for review. Examples include sandbox escapes, blocked network access, MCP approval prompts, and ARC escalations. Defaults to `user`. `auto_review` uses a carefully prompted subagent to gather relevant context and apply a risk-based decision framework before approving or denying the request. The legacy value `guardian_subagent` is accepted for compatibility.
 *
 * @since 0.1.0
 * @category models
 */
export type ApprovalsReviewer = "user" | "auto_review" | "guardian_subagent"
const $ApprovalsReviewer = lazy("ApprovalsReviewer", (): Schema.Schema<ApprovalsReviewer> => Schema.Literal("user", "auto_review", "guardian_subagent"))
/**
 * The schema of {@link ApprovalsReviewer}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ApprovalsReviewer: Schema.Schema<ApprovalsReviewer> = exported("ApprovalsReviewer", $ApprovalsReviewer)

/**
 * A model-facing surface on which a tool can be exposed.
 *
 * @since 0.1.0
 * @category models
 */
export type ToolExposureSurface = "code_mode" | "deferred" | "direct"
const $ToolExposureSurface = lazy("ToolExposureSurface", (): Schema.Schema<ToolExposureSurface> => Schema.Union(Schema.Literal("code_mode"), Schema.Literal("deferred"), Schema.Literal("direct")))
/**
 * The schema of {@link ToolExposureSurface}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ToolExposureSurface: Schema.Schema<ToolExposureSurface> = exported("ToolExposureSurface", $ToolExposureSurface)

/**
 * The `AppConfig` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface AppConfig {
  readonly approvals_reviewer?: ApprovalsReviewer | null
  readonly default_tools_approval_mode?: AppToolApproval | null
  readonly default_tools_enabled?: boolean | null
  readonly destructive_enabled?: boolean | null
  readonly enabled?: boolean
  /**
   * Per-account approval settings keyed by link ID.
   */
  readonly links?: AppLinksConfig | null
  /**
   * Additional model-facing surfaces omitted for this connector's tools.
   */
  readonly omit_tools_from?: ReadonlyArray<ToolExposureSurface> | null
  readonly open_world_enabled?: boolean | null
  readonly tools?: AppToolsConfig | null
}
const $AppConfig = lazy("AppConfig", (): Schema.Schema<AppConfig> => Schema.Struct({
  approvals_reviewer: optional(Schema.NullOr($ApprovalsReviewer())),
  default_tools_approval_mode: optional(Schema.NullOr($AppToolApproval())),
  default_tools_enabled: optional(Schema.NullOr(Schema.Boolean)),
  destructive_enabled: optional(Schema.NullOr(Schema.Boolean)),
  enabled: optional(Schema.Boolean),
  links: optional(Schema.NullOr($AppLinksConfig())),
  omit_tools_from: optional(Schema.NullOr(Schema.Array($ToolExposureSurface()))),
  open_world_enabled: optional(Schema.NullOr(Schema.Boolean)),
  tools: optional(Schema.NullOr($AppToolsConfig()))
}))
/**
 * The schema of {@link AppConfig}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AppConfig: Schema.Schema<AppConfig> = exported("AppConfig", $AppConfig)

/**
 * The `AppReview` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface AppReview {
  readonly status: string
}
const $AppReview = lazy("AppReview", (): Schema.Schema<AppReview> => Schema.Struct({
  status: Schema.String
}))
/**
 * The schema of {@link AppReview}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AppReview: Schema.Schema<AppReview> = exported("AppReview", $AppReview)

/**
 * The `AppScreenshot` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface AppScreenshot {
  readonly fileId?: string | null
  readonly url?: string | null
  readonly userPrompt: string
}
const $AppScreenshot = lazy("AppScreenshot", (): Schema.Schema<AppScreenshot> => Schema.Struct({
  fileId: optional(Schema.NullOr(Schema.String)),
  url: optional(Schema.NullOr(Schema.String)),
  userPrompt: Schema.String
}))
/**
 * The schema of {@link AppScreenshot}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AppScreenshot: Schema.Schema<AppScreenshot> = exported("AppScreenshot", $AppScreenshot)

/**
 * The `AppMetadata` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface AppMetadata {
  readonly categories?: ReadonlyArray<string> | null
  readonly developer?: string | null
  readonly firstPartyRequiresInstall?: boolean | null
  readonly review?: AppReview | null
  readonly screenshots?: ReadonlyArray<AppScreenshot> | null
  readonly seoDescription?: string | null
  readonly showInComposerWhenUnlinked?: boolean | null
  readonly subCategories?: ReadonlyArray<string> | null
  readonly version?: string | null
  readonly versionId?: string | null
  readonly versionNotes?: string | null
}
const $AppMetadata = lazy("AppMetadata", (): Schema.Schema<AppMetadata> => Schema.Struct({
  categories: optional(Schema.NullOr(Schema.Array(Schema.String))),
  developer: optional(Schema.NullOr(Schema.String)),
  firstPartyRequiresInstall: optional(Schema.NullOr(Schema.Boolean)),
  review: optional(Schema.NullOr($AppReview())),
  screenshots: optional(Schema.NullOr(Schema.Array($AppScreenshot()))),
  seoDescription: optional(Schema.NullOr(Schema.String)),
  showInComposerWhenUnlinked: optional(Schema.NullOr(Schema.Boolean)),
  subCategories: optional(Schema.NullOr(Schema.Array(Schema.String))),
  version: optional(Schema.NullOr(Schema.String)),
  versionId: optional(Schema.NullOr(Schema.String)),
  versionNotes: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link AppMetadata}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AppMetadata: Schema.Schema<AppMetadata> = exported("AppMetadata", $AppMetadata)

/**
 * EXPERIMENTAL - app metadata returned by app-list APIs.
 *
 * @since 0.1.0
 * @category models
 */
export interface AppInfo {
  readonly appMetadata?: AppMetadata | null
  readonly branding?: AppBranding | null
  readonly description?: string | null
  readonly distributionChannel?: string | null
  readonly iconAssets?: { readonly [key: string]: string } | null
  readonly iconDarkAssets?: { readonly [key: string]: string } | null
  readonly id: string
  readonly installUrl?: string | null
  readonly isAccessible?: boolean
  /**
   * Whether this app is enabled in config.toml. Example: ```toml [apps.bad_app] enabled = false ```
   */
  readonly isEnabled?: boolean
  readonly labels?: { readonly [key: string]: string } | null
  readonly logoUrl?: string | null
  readonly logoUrlDark?: string | null
  readonly name: string
  readonly pluginDisplayNames?: ReadonlyArray<string>
}
const $AppInfo = lazy("AppInfo", (): Schema.Schema<AppInfo> => Schema.Struct({
  appMetadata: optional(Schema.NullOr($AppMetadata())),
  branding: optional(Schema.NullOr($AppBranding())),
  description: optional(Schema.NullOr(Schema.String)),
  distributionChannel: optional(Schema.NullOr(Schema.String)),
  iconAssets: optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.String }))),
  iconDarkAssets: optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.String }))),
  id: Schema.String,
  installUrl: optional(Schema.NullOr(Schema.String)),
  isAccessible: optional(Schema.Boolean),
  isEnabled: optional(Schema.Boolean),
  labels: optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.String }))),
  logoUrl: optional(Schema.NullOr(Schema.String)),
  logoUrlDark: optional(Schema.NullOr(Schema.String)),
  name: Schema.String,
  pluginDisplayNames: optional(Schema.Array(Schema.String))
}))
/**
 * The schema of {@link AppInfo}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AppInfo: Schema.Schema<AppInfo> = exported("AppInfo", $AppInfo)

/**
 * Approval settings for a connected account within an app.
 *
 * @since 0.1.0
 * @category models
 */
export interface AppLinkConfig {
  readonly approvals_reviewer?: ApprovalsReviewer | null
  readonly default_tools_approval_mode?: AppToolApproval | null
}
const $AppLinkConfig = lazy("AppLinkConfig", (): Schema.Schema<AppLinkConfig> => Schema.Struct({
  approvals_reviewer: optional(Schema.NullOr($ApprovalsReviewer())),
  default_tools_approval_mode: optional(Schema.NullOr($AppToolApproval()))
}))
/**
 * The schema of {@link AppLinkConfig}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AppLinkConfig: Schema.Schema<AppLinkConfig> = exported("AppLinkConfig", $AppLinkConfig)

/**
 * EXPERIMENTAL - notification emitted when the app list changes.
 *
 * @since 0.1.0
 * @category models
 */
export interface AppListUpdatedNotification {
  readonly data: ReadonlyArray<AppInfo>
}
const $AppListUpdatedNotification = lazy("AppListUpdatedNotification", (): Schema.Schema<AppListUpdatedNotification> => Schema.Struct({
  data: Schema.Array($AppInfo())
}))
/**
 * The schema of {@link AppListUpdatedNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AppListUpdatedNotification: Schema.Schema<AppListUpdatedNotification> = exported("AppListUpdatedNotification", $AppListUpdatedNotification)

/**
 * EXPERIMENTAL - app metadata summary for plugin responses.
 *
 * @since 0.1.0
 * @category models
 */
export interface AppSummary {
  readonly category?: string | null
  readonly description?: string | null
  readonly id: string
  readonly installUrl?: string | null
  readonly name: string
}
const $AppSummary = lazy("AppSummary", (): Schema.Schema<AppSummary> => Schema.Struct({
  category: optional(Schema.NullOr(Schema.String)),
  description: optional(Schema.NullOr(Schema.String)),
  id: Schema.String,
  installUrl: optional(Schema.NullOr(Schema.String)),
  name: Schema.String
}))
/**
 * The schema of {@link AppSummary}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AppSummary: Schema.Schema<AppSummary> = exported("AppSummary", $AppSummary)

/**
 * The `AppTemplateUnavailableReason` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type AppTemplateUnavailableReason = "NOT_CONFIGURED_FOR_WORKSPACE" | "NO_ACTIVE_WORKSPACE" | (string & {})
const $AppTemplateUnavailableReason = lazy("AppTemplateUnavailableReason", (): Schema.Schema<AppTemplateUnavailableReason> => Schema.Union(Schema.Literal("NOT_CONFIGURED_FOR_WORKSPACE", "NO_ACTIVE_WORKSPACE"), Schema.String))
/**
 * The schema of {@link AppTemplateUnavailableReason}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AppTemplateUnavailableReason: Schema.Schema<AppTemplateUnavailableReason> = exported("AppTemplateUnavailableReason", $AppTemplateUnavailableReason)

/**
 * The `AppTemplateSummary` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface AppTemplateSummary {
  readonly canonicalConnectorId?: string | null
  readonly category?: string | null
  readonly description?: string | null
  readonly logoUrl?: string | null
  readonly logoUrlDark?: string | null
  readonly materializedAppIds: ReadonlyArray<string>
  readonly name: string
  readonly reason?: AppTemplateUnavailableReason | null
  readonly templateId: string
}
const $AppTemplateSummary = lazy("AppTemplateSummary", (): Schema.Schema<AppTemplateSummary> => Schema.Struct({
  canonicalConnectorId: optional(Schema.NullOr(Schema.String)),
  category: optional(Schema.NullOr(Schema.String)),
  description: optional(Schema.NullOr(Schema.String)),
  logoUrl: optional(Schema.NullOr(Schema.String)),
  logoUrlDark: optional(Schema.NullOr(Schema.String)),
  materializedAppIds: Schema.Array(Schema.String),
  name: Schema.String,
  reason: optional(Schema.NullOr($AppTemplateUnavailableReason())),
  templateId: Schema.String
}))
/**
 * The schema of {@link AppTemplateSummary}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AppTemplateSummary: Schema.Schema<AppTemplateSummary> = exported("AppTemplateSummary", $AppTemplateSummary)

/**
 * The `AppToolConfig` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface AppToolConfig {
  readonly approval_mode?: AppToolApproval | null
  readonly enabled?: boolean | null
}
const $AppToolConfig = lazy("AppToolConfig", (): Schema.Schema<AppToolConfig> => Schema.Struct({
  approval_mode: optional(Schema.NullOr($AppToolApproval())),
  enabled: optional(Schema.NullOr(Schema.Boolean))
}))
/**
 * The schema of {@link AppToolConfig}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AppToolConfig: Schema.Schema<AppToolConfig> = exported("AppToolConfig", $AppToolConfig)

/**
 * EXPERIMENTAL - metadata returned by app/read.
 *
 * @since 0.1.0
 * @category models
 */
export interface AppToolSummary {
  readonly description: string
  readonly disabledReason?: string | null
  readonly isEnabled?: boolean
  readonly isReadOnly?: boolean
  readonly name: string
  readonly title?: string | null
}
const $AppToolSummary = lazy("AppToolSummary", (): Schema.Schema<AppToolSummary> => Schema.Struct({
  description: Schema.String,
  disabledReason: optional(Schema.NullOr(Schema.String)),
  isEnabled: optional(Schema.Boolean),
  isReadOnly: optional(Schema.Boolean),
  name: Schema.String,
  title: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link AppToolSummary}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AppToolSummary: Schema.Schema<AppToolSummary> = exported("AppToolSummary", $AppToolSummary)

/**
 * The `NetworkDomainPermission` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type NetworkDomainPermission = "allow" | "deny" | (string & {})
const $NetworkDomainPermission = lazy("NetworkDomainPermission", (): Schema.Schema<NetworkDomainPermission> => Schema.Union(Schema.Literal("allow", "deny"), Schema.String))
/**
 * The schema of {@link NetworkDomainPermission}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const NetworkDomainPermission: Schema.Schema<NetworkDomainPermission> = exported("NetworkDomainPermission", $NetworkDomainPermission)

/**
 * The `ApplicationNetworkRequirements` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ApplicationNetworkRequirements {
  readonly domains: { readonly [key: string]: NetworkDomainPermission }
  /**
   * When enabled, only explicitly allowed exact domains may be contacted.
   */
  readonly enabled: boolean
}
const $ApplicationNetworkRequirements = lazy("ApplicationNetworkRequirements", (): Schema.Schema<ApplicationNetworkRequirements> => Schema.Struct({
  domains: Schema.Record({ key: Schema.String, value: $NetworkDomainPermission() }),
  enabled: Schema.Boolean
}))
/**
 * The schema of {@link ApplicationNetworkRequirements}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ApplicationNetworkRequirements: Schema.Schema<ApplicationNetworkRequirements> = exported("ApplicationNetworkRequirements", $ApplicationNetworkRequirements)

/**
 * Managed storage settings for new Desktop workspaces, not filesystem access restrictions.
 *
 * @since 0.1.0
 * @category models
 */
export interface ApplicationStorageRequirements {
  readonly defaultProjectParent?: LegacyAppPathString | null
  readonly projectlessWorkspaceRoot?: LegacyAppPathString | null
}
const $ApplicationStorageRequirements = lazy("ApplicationStorageRequirements", (): Schema.Schema<ApplicationStorageRequirements> => Schema.Struct({
  defaultProjectParent: optional(Schema.NullOr($LegacyAppPathString())),
  projectlessWorkspaceRoot: optional(Schema.NullOr($LegacyAppPathString()))
}))
/**
 * The schema of {@link ApplicationStorageRequirements}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ApplicationStorageRequirements: Schema.Schema<ApplicationStorageRequirements> = exported("ApplicationStorageRequirements", $ApplicationStorageRequirements)

/**
 * The `ApplicationRequirements` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ApplicationRequirements {
  readonly network?: ApplicationNetworkRequirements | null
  readonly storage?: ApplicationStorageRequirements | null
}
const $ApplicationRequirements = lazy("ApplicationRequirements", (): Schema.Schema<ApplicationRequirements> => Schema.Struct({
  network: optional(Schema.NullOr($ApplicationNetworkRequirements())),
  storage: optional(Schema.NullOr($ApplicationStorageRequirements()))
}))
/**
 * The schema of {@link ApplicationRequirements}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ApplicationRequirements: Schema.Schema<ApplicationRequirements> = exported("ApplicationRequirements", $ApplicationRequirements)

/**
 * The `FileChange` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type FileChange = {
  readonly content: string
  readonly type: "add"
} | {
  readonly content: string
  readonly type: "delete"
} | {
  readonly move_path?: string | null
  readonly type: "update"
  readonly unified_diff: string
}
const $FileChange = lazy("FileChange", (): Schema.Schema<FileChange> => Schema.Union(Schema.Struct({
  content: Schema.String,
  type: Schema.Literal("add")
}), Schema.Struct({
  content: Schema.String,
  type: Schema.Literal("delete")
}), Schema.Struct({
  move_path: optional(Schema.NullOr(Schema.String)),
  type: Schema.Literal("update"),
  unified_diff: Schema.String
})))
/**
 * The schema of {@link FileChange}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FileChange: Schema.Schema<FileChange> = exported("FileChange", $FileChange)

/**
 * The `ThreadId` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ThreadId = string
const $ThreadId = lazy("ThreadId", (): Schema.Schema<ThreadId> => Schema.String)
/**
 * The schema of {@link ThreadId}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadId: Schema.Schema<ThreadId> = exported("ThreadId", $ThreadId)

/**
 * The `ApplyPatchApprovalParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ApplyPatchApprovalParams {
  /**
   * Use to correlate this with [codex_protocol::protocol::PatchApplyBeginEvent] and [codex_protocol::protocol::PatchApplyEndEvent].
   */
  readonly callId: string
  readonly conversationId: ThreadId
  readonly fileChanges: { readonly [key: string]: FileChange }
  /**
   * When set, the agent is asking the user to allow writes under this root for the remainder of the session (unclear if this is honored today).
   */
  readonly grantRoot?: string | null
  /**
   * Optional explanatory reason (e.g. request for extra write access).
   */
  readonly reason?: string | null
}
const $ApplyPatchApprovalParams = lazy("ApplyPatchApprovalParams", (): Schema.Schema<ApplyPatchApprovalParams> => Schema.Struct({
  callId: Schema.String,
  conversationId: $ThreadId(),
  fileChanges: Schema.Record({ key: Schema.String, value: $FileChange() }),
  grantRoot: optional(Schema.NullOr(Schema.String)),
  reason: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link ApplyPatchApprovalParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ApplyPatchApprovalParams: Schema.Schema<ApplyPatchApprovalParams> = exported("ApplyPatchApprovalParams", $ApplyPatchApprovalParams)

/**
 * The `NetworkPolicyRuleAction` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type NetworkPolicyRuleAction = "allow" | "deny"
const $NetworkPolicyRuleAction = lazy("NetworkPolicyRuleAction", (): Schema.Schema<NetworkPolicyRuleAction> => Schema.Literal("allow", "deny"))
/**
 * The schema of {@link NetworkPolicyRuleAction}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const NetworkPolicyRuleAction: Schema.Schema<NetworkPolicyRuleAction> = exported("NetworkPolicyRuleAction", $NetworkPolicyRuleAction)

/**
 * The `NetworkPolicyAmendment` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface NetworkPolicyAmendment {
  readonly action: NetworkPolicyRuleAction
  readonly host: string
}
const $NetworkPolicyAmendment = lazy("NetworkPolicyAmendment", (): Schema.Schema<NetworkPolicyAmendment> => Schema.Struct({
  action: $NetworkPolicyRuleAction(),
  host: Schema.String
}))
/**
 * The schema of {@link NetworkPolicyAmendment}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const NetworkPolicyAmendment: Schema.Schema<NetworkPolicyAmendment> = exported("NetworkPolicyAmendment", $NetworkPolicyAmendment)

/**
 * User's decision in response to an ExecApprovalRequest.
 *
 * @since 0.1.0
 * @category models
 */
export type ReviewDecision = "approved" | {
  readonly approved_execpolicy_amendment: {
    readonly proposed_execpolicy_amendment: ReadonlyArray<string>
  }
} | "approved_for_session" | "approved_mcp_policy_amendment" | {
  readonly network_policy_amendment: {
    readonly network_policy_amendment: NetworkPolicyAmendment
  }
} | {
  readonly denied: {
    readonly rejection: string
  }
} | "timed_out" | "abort"
const $ReviewDecision = lazy("ReviewDecision", (): Schema.Schema<ReviewDecision> => Schema.Union(Schema.Literal("approved"), Schema.Struct({
  approved_execpolicy_amendment: Schema.Struct({
    proposed_execpolicy_amendment: Schema.Array(Schema.String)
  })
}), Schema.Literal("approved_for_session"), Schema.Literal("approved_mcp_policy_amendment"), Schema.Struct({
  network_policy_amendment: Schema.Struct({
    network_policy_amendment: $NetworkPolicyAmendment()
  })
}), Schema.Struct({
  denied: Schema.Struct({
    rejection: Schema.String
  })
}), Schema.Literal("timed_out"), Schema.Literal("abort")))
/**
 * The schema of {@link ReviewDecision}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ReviewDecision: Schema.Schema<ReviewDecision> = exported("ReviewDecision", $ReviewDecision)

/**
 * The `ApplyPatchApprovalResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ApplyPatchApprovalResponse {
  readonly decision: ReviewDecision
}
const $ApplyPatchApprovalResponse = lazy("ApplyPatchApprovalResponse", (): Schema.Schema<ApplyPatchApprovalResponse> => Schema.Struct({
  decision: $ReviewDecision()
}))
/**
 * The schema of {@link ApplyPatchApprovalResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ApplyPatchApprovalResponse: Schema.Schema<ApplyPatchApprovalResponse> = exported("ApplyPatchApprovalResponse", $ApplyPatchApprovalResponse)

/**
 * The `AppsDefaultConfig` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface AppsDefaultConfig {
  readonly approvals_reviewer?: ApprovalsReviewer | null
  readonly default_tools_approval_mode?: AppToolApproval | null
  readonly destructive_enabled?: boolean
  readonly enabled?: boolean
  readonly open_world_enabled?: boolean
}
const $AppsDefaultConfig = lazy("AppsDefaultConfig", (): Schema.Schema<AppsDefaultConfig> => Schema.Struct({
  approvals_reviewer: optional(Schema.NullOr($ApprovalsReviewer())),
  default_tools_approval_mode: optional(Schema.NullOr($AppToolApproval())),
  destructive_enabled: optional(Schema.Boolean),
  enabled: optional(Schema.Boolean),
  open_world_enabled: optional(Schema.Boolean)
}))
/**
 * The schema of {@link AppsDefaultConfig}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AppsDefaultConfig: Schema.Schema<AppsDefaultConfig> = exported("AppsDefaultConfig", $AppsDefaultConfig)

/**
 * The `AppsConfig` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface AppsConfig {
  readonly _default?: AppsDefaultConfig | null
}
const $AppsConfig = lazy("AppsConfig", (): Schema.Schema<AppsConfig> => Schema.Struct({
  _default: optional(Schema.NullOr($AppsDefaultConfig()))
}))
/**
 * The schema of {@link AppsConfig}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AppsConfig: Schema.Schema<AppsConfig> = exported("AppsConfig", $AppsConfig)

/**
 * Read the committed installed connector runtime snapshot.
 *
 * @since 0.1.0
 * @category models
 */
export interface AppsInstalledParams {
  /**
   * When true and Apps are permitted, refresh and publish the hosted connector runtime tool snapshot first.
   */
  readonly forceRefresh?: boolean
  /**
   * Optional loaded thread id used to evaluate effective app configuration.
   */
  readonly threadId?: string | null
}
const $AppsInstalledParams = lazy("AppsInstalledParams", (): Schema.Schema<AppsInstalledParams> => Schema.Struct({
  forceRefresh: optional(Schema.Boolean),
  threadId: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link AppsInstalledParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AppsInstalledParams: Schema.Schema<AppsInstalledParams> = exported("AppsInstalledParams", $AppsInstalledParams)

/**
 * Installed connector runtime state.
 *
 * @since 0.1.0
 * @category models
 */
export interface InstalledApp {
  /**
   * Whether the connector is enabled and has a non-synthetic, model-visible tool allowed by effective MCP and app/tool policy in the committed runtime snapshot.
   */
  readonly callable: boolean
  /**
   * Effective enabled state after applying global, workspace, local, and managed configuration at read time.
   */
  readonly enabled: boolean
  readonly id: string
  /**
   * Best-effort name carried by the runtime tool catalog. Canonical app metadata remains owned by `app/read`.
   */
  readonly runtimeName?: string | null
}
const $InstalledApp = lazy("InstalledApp", (): Schema.Schema<InstalledApp> => Schema.Struct({
  callable: Schema.Boolean,
  enabled: Schema.Boolean,
  id: Schema.String,
  runtimeName: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link InstalledApp}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const InstalledApp: Schema.Schema<InstalledApp> = exported("InstalledApp", $InstalledApp)

/**
 * The installed connectors in one committed runtime snapshot.
 *
 * @since 0.1.0
 * @category models
 */
export interface AppsInstalledResponse {
  readonly apps: ReadonlyArray<InstalledApp>
}
const $AppsInstalledResponse = lazy("AppsInstalledResponse", (): Schema.Schema<AppsInstalledResponse> => Schema.Struct({
  apps: Schema.Array($InstalledApp())
}))
/**
 * The schema of {@link AppsInstalledResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AppsInstalledResponse: Schema.Schema<AppsInstalledResponse> = exported("AppsInstalledResponse", $AppsInstalledResponse)

/**
 * EXPERIMENTAL - list available apps/connectors.
 *
 * @since 0.1.0
 * @category models
 */
export interface AppsListParams {
  /**
   * Opaque pagination cursor returned by a previous call.
   */
  readonly cursor?: string | null
  /**
   * When true, bypass app caches and fetch the latest data from sources.
   */
  readonly forceRefetch?: boolean
  /**
   * Optional page size; defaults to a reasonable server-side value.
   */
  readonly limit?: number | null
  /**
   * Optional thread id used to evaluate app feature gating from that thread's config.
   */
  readonly threadId?: string | null
}
const $AppsListParams = lazy("AppsListParams", (): Schema.Schema<AppsListParams> => Schema.Struct({
  cursor: optional(Schema.NullOr(Schema.String)),
  forceRefetch: optional(Schema.Boolean),
  limit: optional(Schema.NullOr(Schema.Int)),
  threadId: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link AppsListParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AppsListParams: Schema.Schema<AppsListParams> = exported("AppsListParams", $AppsListParams)

/**
 * EXPERIMENTAL - app list response.
 *
 * @since 0.1.0
 * @category models
 */
export interface AppsListResponse {
  readonly data: ReadonlyArray<AppInfo>
  /**
   * Opaque cursor to pass to the next call to continue after the last item. If None, there are no more items to return.
   */
  readonly nextCursor?: string | null
}
const $AppsListResponse = lazy("AppsListResponse", (): Schema.Schema<AppsListResponse> => Schema.Struct({
  data: Schema.Array($AppInfo()),
  nextCursor: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link AppsListResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AppsListResponse: Schema.Schema<AppsListResponse> = exported("AppsListResponse", $AppsListResponse)

/**
 * EXPERIMENTAL - read metadata for specific apps/connectors.
 *
 * @since 0.1.0
 * @category models
 */
export interface AppsReadParams {
  /**
   * App ids to read. The server accepts at most 100 ids and deduplicates repeated ids while preserving their first-request order.
   */
  readonly appIds: ReadonlyArray<string>
  /**
   * When true, include display-only public tool summaries in the returned metadata.
   */
  readonly includeTools?: boolean
  /**
   * Optional loaded thread id used to evaluate effective app configuration.
   */
  readonly threadId?: string | null
}
const $AppsReadParams = lazy("AppsReadParams", (): Schema.Schema<AppsReadParams> => Schema.Struct({
  appIds: Schema.Array(Schema.String),
  includeTools: optional(Schema.Boolean),
  threadId: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link AppsReadParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AppsReadParams: Schema.Schema<AppsReadParams> = exported("AppsReadParams", $AppsReadParams)

/**
 * EXPERIMENTAL - metadata returned by app/read.
 *
 * @since 0.1.0
 * @category models
 */
export interface ConnectorMetadata {
  readonly description?: string | null
  readonly distributionChannel?: string | null
  readonly iconUrl?: string | null
  readonly iconUrlDark?: string | null
  readonly id: string
  readonly installUrl?: string | null
  readonly name: string
  readonly pluginDisplayNames?: ReadonlyArray<string>
  readonly toolSummaries?: ReadonlyArray<AppToolSummary> | null
}
const $ConnectorMetadata = lazy("ConnectorMetadata", (): Schema.Schema<ConnectorMetadata> => Schema.Struct({
  description: optional(Schema.NullOr(Schema.String)),
  distributionChannel: optional(Schema.NullOr(Schema.String)),
  iconUrl: optional(Schema.NullOr(Schema.String)),
  iconUrlDark: optional(Schema.NullOr(Schema.String)),
  id: Schema.String,
  installUrl: optional(Schema.NullOr(Schema.String)),
  name: Schema.String,
  pluginDisplayNames: optional(Schema.Array(Schema.String)),
  toolSummaries: optional(Schema.NullOr(Schema.Array($AppToolSummary())))
}))
/**
 * The schema of {@link ConnectorMetadata}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ConnectorMetadata: Schema.Schema<ConnectorMetadata> = exported("ConnectorMetadata", $ConnectorMetadata)

/**
 * EXPERIMENTAL - app/read response.
 *
 * @since 0.1.0
 * @category models
 */
export interface AppsReadResponse {
  readonly apps: ReadonlyArray<ConnectorMetadata>
  readonly missingAppIds: ReadonlyArray<string>
}
const $AppsReadResponse = lazy("AppsReadResponse", (): Schema.Schema<AppsReadResponse> => Schema.Struct({
  apps: Schema.Array($ConnectorMetadata()),
  missingAppIds: Schema.Array(Schema.String)
}))
/**
 * The schema of {@link AppsReadResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AppsReadResponse: Schema.Schema<AppsReadResponse> = exported("AppsReadResponse", $AppsReadResponse)

/**
 * The `AskForApproval` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type AskForApproval = "untrusted" | "on-request" | "never" | {
  readonly granular: {
    readonly mcp_elicitations: boolean
    readonly request_permissions?: boolean
    readonly rules: boolean
    readonly sandbox_approval: boolean
    readonly skill_approval?: boolean
  }
}
const $AskForApproval = lazy("AskForApproval", (): Schema.Schema<AskForApproval> => Schema.Union(Schema.Literal("untrusted", "on-request", "never"), Schema.Struct({
  granular: Schema.Struct({
    mcp_elicitations: Schema.Boolean,
    request_permissions: optional(Schema.Boolean),
    rules: Schema.Boolean,
    sandbox_approval: Schema.Boolean,
    skill_approval: optional(Schema.Boolean)
  })
})))
/**
 * The schema of {@link AskForApproval}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AskForApproval: Schema.Schema<AskForApproval> = exported("AskForApproval", $AskForApproval)

/**
 * The `AsyncUserInputQuestion` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface AsyncUserInputQuestion {
  readonly options?: ReadonlyArray<string> | null
  readonly title: string
}
const $AsyncUserInputQuestion = lazy("AsyncUserInputQuestion", (): Schema.Schema<AsyncUserInputQuestion> => Schema.Struct({
  options: optional(Schema.NullOr(Schema.Array(Schema.String))),
  title: Schema.String
}))
/**
 * The schema of {@link AsyncUserInputQuestion}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AsyncUserInputQuestion: Schema.Schema<AsyncUserInputQuestion> = exported("AsyncUserInputQuestion", $AsyncUserInputQuestion)

/**
 * The `AttestationGenerateParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type AttestationGenerateParams = { readonly [key: string]: unknown }
const $AttestationGenerateParams = lazy("AttestationGenerateParams", (): Schema.Schema<AttestationGenerateParams> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link AttestationGenerateParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AttestationGenerateParams: Schema.Schema<AttestationGenerateParams> = exported("AttestationGenerateParams", $AttestationGenerateParams)

/**
 * The `AttestationGenerateResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface AttestationGenerateResponse {
  /**
   * Opaque client attestation token.
   */
  readonly token: string
}
const $AttestationGenerateResponse = lazy("AttestationGenerateResponse", (): Schema.Schema<AttestationGenerateResponse> => Schema.Struct({
  token: Schema.String
}))
/**
 * The schema of {@link AttestationGenerateResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AttestationGenerateResponse: Schema.Schema<AttestationGenerateResponse> = exported("AttestationGenerateResponse", $AttestationGenerateResponse)

/**
 * The `AuthRecoveryNotification` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface AuthRecoveryNotification {
  readonly message: string
  readonly provider: string
  readonly threadId: string
  readonly turnId: string
}
const $AuthRecoveryNotification = lazy("AuthRecoveryNotification", (): Schema.Schema<AuthRecoveryNotification> => Schema.Struct({
  message: Schema.String,
  provider: Schema.String,
  threadId: Schema.String,
  turnId: Schema.String
}))
/**
 * The schema of {@link AuthRecoveryNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AuthRecoveryNotification: Schema.Schema<AuthRecoveryNotification> = exported("AuthRecoveryNotification", $AuthRecoveryNotification)

/**
 * Selects which part of the active context is charged against `model_auto_compact_token_limit`.
 *
 * @since 0.1.0
 * @category models
 */
export type AutoCompactTokenLimitScope = "total" | "body_after_prefix"
const $AutoCompactTokenLimitScope = lazy("AutoCompactTokenLimitScope", (): Schema.Schema<AutoCompactTokenLimitScope> => Schema.Union(Schema.Literal("total"), Schema.Literal("body_after_prefix")))
/**
 * The schema of {@link AutoCompactTokenLimitScope}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AutoCompactTokenLimitScope: Schema.Schema<AutoCompactTokenLimitScope> = exported("AutoCompactTokenLimitScope", $AutoCompactTokenLimitScope)

/**
 * [UNSTABLE] Source that produced a terminal approval auto-review decision.
 *
 * @since 0.1.0
 * @category models
 */
export type AutoReviewDecisionSource = "agent"
const $AutoReviewDecisionSource = lazy("AutoReviewDecisionSource", (): Schema.Schema<AutoReviewDecisionSource> => Schema.Literal("agent"))
/**
 * The schema of {@link AutoReviewDecisionSource}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AutoReviewDecisionSource: Schema.Schema<AutoReviewDecisionSource> = exported("AutoReviewDecisionSource", $AutoReviewDecisionSource)

/**
 * The `AutoReviewRequirements` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface AutoReviewRequirements {
  readonly ignoreRules?: ReadonlyArray<string> | null
  readonly requiredOnModels?: ReadonlyArray<string> | null
}
const $AutoReviewRequirements = lazy("AutoReviewRequirements", (): Schema.Schema<AutoReviewRequirements> => Schema.Struct({
  ignoreRules: optional(Schema.NullOr(Schema.Array(Schema.String))),
  requiredOnModels: optional(Schema.NullOr(Schema.Array(Schema.String)))
}))
/**
 * The schema of {@link AutoReviewRequirements}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AutoReviewRequirements: Schema.Schema<AutoReviewRequirements> = exported("AutoReviewRequirements", $AutoReviewRequirements)

/**
 * The `AwsCredentialType` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type AwsCredentialType = "accessKeys" | "bedrockApiKey" | (string & {})
const $AwsCredentialType = lazy("AwsCredentialType", (): Schema.Schema<AwsCredentialType> => Schema.Union(Schema.Literal("accessKeys", "bedrockApiKey"), Schema.String))
/**
 * The schema of {@link AwsCredentialType}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AwsCredentialType: Schema.Schema<AwsCredentialType> = exported("AwsCredentialType", $AwsCredentialType)

/**
 * The `BedrockAwsProfile` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface BedrockAwsProfile {
  readonly name: string
  readonly region?: string | null
}
const $BedrockAwsProfile = lazy("BedrockAwsProfile", (): Schema.Schema<BedrockAwsProfile> => Schema.Struct({
  name: Schema.String,
  region: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link BedrockAwsProfile}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const BedrockAwsProfile: Schema.Schema<BedrockAwsProfile> = exported("BedrockAwsProfile", $BedrockAwsProfile)

/**
 * The `BedrockCheckGovCloudRequirementsParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type BedrockCheckGovCloudRequirementsParams = { readonly [key: string]: unknown }
const $BedrockCheckGovCloudRequirementsParams = lazy("BedrockCheckGovCloudRequirementsParams", (): Schema.Schema<BedrockCheckGovCloudRequirementsParams> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link BedrockCheckGovCloudRequirementsParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const BedrockCheckGovCloudRequirementsParams: Schema.Schema<BedrockCheckGovCloudRequirementsParams> = exported("BedrockCheckGovCloudRequirementsParams", $BedrockCheckGovCloudRequirementsParams)

/**
 * Advisory check of the current Bedrock configuration after login or setup.
 *
 * @since 0.1.0
 * @category models
 */
export interface BedrockCheckGovCloudRequirementsResponse {
  /**
   * Whether the active Bedrock authentication resolves to a GovCloud region.
   */
  readonly isGovCloud: boolean
  /**
   * Whether GovCloud is selected and the managed requirements miss the baseline. A false value is not a general certification of the network configuration.
   */
  readonly shouldWarn: boolean
}
const $BedrockCheckGovCloudRequirementsResponse = lazy("BedrockCheckGovCloudRequirementsResponse", (): Schema.Schema<BedrockCheckGovCloudRequirementsResponse> => Schema.Struct({
  isGovCloud: Schema.Boolean,
  shouldWarn: Schema.Boolean
}))
/**
 * The schema of {@link BedrockCheckGovCloudRequirementsResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const BedrockCheckGovCloudRequirementsResponse: Schema.Schema<BedrockCheckGovCloudRequirementsResponse> = exported("BedrockCheckGovCloudRequirementsResponse", $BedrockCheckGovCloudRequirementsResponse)

/**
 * The `BedrockDiscoverParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type BedrockDiscoverParams = { readonly [key: string]: unknown }
const $BedrockDiscoverParams = lazy("BedrockDiscoverParams", (): Schema.Schema<BedrockDiscoverParams> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link BedrockDiscoverParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const BedrockDiscoverParams: Schema.Schema<BedrockDiscoverParams> = exported("BedrockDiscoverParams", $BedrockDiscoverParams)

/**
 * The `BedrockEnvironmentCredential` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface BedrockEnvironmentCredential {
  readonly region?: string | null
  readonly type: AwsCredentialType
}
const $BedrockEnvironmentCredential = lazy("BedrockEnvironmentCredential", (): Schema.Schema<BedrockEnvironmentCredential> => Schema.Struct({
  region: optional(Schema.NullOr(Schema.String)),
  type: $AwsCredentialType()
}))
/**
 * The schema of {@link BedrockEnvironmentCredential}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const BedrockEnvironmentCredential: Schema.Schema<BedrockEnvironmentCredential> = exported("BedrockEnvironmentCredential", $BedrockEnvironmentCredential)

/**
 * The `BedrockDiscoverResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface BedrockDiscoverResponse {
  readonly environmentCredentials: ReadonlyArray<BedrockEnvironmentCredential>
  readonly profiles: ReadonlyArray<BedrockAwsProfile>
}
const $BedrockDiscoverResponse = lazy("BedrockDiscoverResponse", (): Schema.Schema<BedrockDiscoverResponse> => Schema.Struct({
  environmentCredentials: Schema.Array($BedrockEnvironmentCredential()),
  profiles: Schema.Array($BedrockAwsProfile())
}))
/**
 * The schema of {@link BedrockDiscoverResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const BedrockDiscoverResponse: Schema.Schema<BedrockDiscoverResponse> = exported("BedrockDiscoverResponse", $BedrockDiscoverResponse)

/**
 * The `BedrockProviderId` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type BedrockProviderId = "amazon-bedrock" | "amazon-bedrock-runtime"
const $BedrockProviderId = lazy("BedrockProviderId", (): Schema.Schema<BedrockProviderId> => Schema.Literal("amazon-bedrock", "amazon-bedrock-runtime"))
/**
 * The schema of {@link BedrockProviderId}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const BedrockProviderId: Schema.Schema<BedrockProviderId> = exported("BedrockProviderId", $BedrockProviderId)

/**
 * The `BedrockSetupParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type BedrockSetupParams = {
  readonly profile: string
  readonly region: string
  readonly type: "profile"
} | {
  readonly region: string
  readonly type: "environment"
}
const $BedrockSetupParams = lazy("BedrockSetupParams", (): Schema.Schema<BedrockSetupParams> => Schema.Union(Schema.Struct({
  profile: Schema.String,
  region: Schema.String,
  type: Schema.Literal("profile")
}), Schema.Struct({
  region: Schema.String,
  type: Schema.Literal("environment")
})))
/**
 * The schema of {@link BedrockSetupParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const BedrockSetupParams: Schema.Schema<BedrockSetupParams> = exported("BedrockSetupParams", $BedrockSetupParams)

/**
 * The `BedrockSetupResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type BedrockSetupResponse = { readonly [key: string]: unknown }
const $BedrockSetupResponse = lazy("BedrockSetupResponse", (): Schema.Schema<BedrockSetupResponse> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link BedrockSetupResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const BedrockSetupResponse: Schema.Schema<BedrockSetupResponse> = exported("BedrockSetupResponse", $BedrockSetupResponse)

/**
 * The `BrowserUseAccessApprovalLifetime` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type BrowserUseAccessApprovalLifetime = "turn" | "thread" | (string & {})
const $BrowserUseAccessApprovalLifetime = lazy("BrowserUseAccessApprovalLifetime", (): Schema.Schema<BrowserUseAccessApprovalLifetime> => Schema.Union(Schema.Literal("turn", "thread"), Schema.String))
/**
 * The schema of {@link BrowserUseAccessApprovalLifetime}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const BrowserUseAccessApprovalLifetime: Schema.Schema<BrowserUseAccessApprovalLifetime> = exported("BrowserUseAccessApprovalLifetime", $BrowserUseAccessApprovalLifetime)

/**
 * The `BrowserUseOriginPolicyConfig` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface BrowserUseOriginPolicyConfig {
  readonly access?: AllowDenyRequirement | null
  readonly downloads?: AllowDenyRequirement | null
  readonly full_cdp_access?: AllowDenyRequirement | null
  readonly uploads?: AllowDenyRequirement | null
}
const $BrowserUseOriginPolicyConfig = lazy("BrowserUseOriginPolicyConfig", (): Schema.Schema<BrowserUseOriginPolicyConfig> => Schema.Struct({
  access: optional(Schema.NullOr($AllowDenyRequirement())),
  downloads: optional(Schema.NullOr($AllowDenyRequirement())),
  full_cdp_access: optional(Schema.NullOr($AllowDenyRequirement())),
  uploads: optional(Schema.NullOr($AllowDenyRequirement()))
}))
/**
 * The schema of {@link BrowserUseOriginPolicyConfig}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const BrowserUseOriginPolicyConfig: Schema.Schema<BrowserUseOriginPolicyConfig> = exported("BrowserUseOriginPolicyConfig", $BrowserUseOriginPolicyConfig)

/**
 * The `BrowserUseConfig` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface BrowserUseConfig {
  readonly allow_history_access?: boolean | null
  readonly default_origin_policy?: BrowserUseOriginPolicyConfig | null
  readonly origins?: { readonly [key: string]: BrowserUseOriginPolicyConfig } | null
}
const $BrowserUseConfig = lazy("BrowserUseConfig", (): Schema.Schema<BrowserUseConfig> => Schema.Struct({
  allow_history_access: optional(Schema.NullOr(Schema.Boolean)),
  default_origin_policy: optional(Schema.NullOr($BrowserUseOriginPolicyConfig())),
  origins: optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: $BrowserUseOriginPolicyConfig() })))
}))
/**
 * The schema of {@link BrowserUseConfig}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const BrowserUseConfig: Schema.Schema<BrowserUseConfig> = exported("BrowserUseConfig", $BrowserUseConfig)

/**
 * The `RequestHeader` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface RequestHeader {
  readonly name: string
  readonly value: string
}
const $RequestHeader = lazy("RequestHeader", (): Schema.Schema<RequestHeader> => Schema.Struct({
  name: Schema.String,
  value: Schema.String
}))
/**
 * The schema of {@link RequestHeader}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const RequestHeader: Schema.Schema<RequestHeader> = exported("RequestHeader", $RequestHeader)

/**
 * The `BrowserUseExtensionRequirements` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface BrowserUseExtensionRequirements {
  readonly requestHeaders?: ReadonlyArray<RequestHeader> | null
}
const $BrowserUseExtensionRequirements = lazy("BrowserUseExtensionRequirements", (): Schema.Schema<BrowserUseExtensionRequirements> => Schema.Struct({
  requestHeaders: optional(Schema.NullOr(Schema.Array($RequestHeader())))
}))
/**
 * The schema of {@link BrowserUseExtensionRequirements}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const BrowserUseExtensionRequirements: Schema.Schema<BrowserUseExtensionRequirements> = exported("BrowserUseExtensionRequirements", $BrowserUseExtensionRequirements)

/**
 * The `BrowserUseOriginPolicy` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface BrowserUseOriginPolicy {
  readonly access?: AllowDenyRequirement | null
  readonly accessApprovalLifetime?: BrowserUseAccessApprovalLifetime | null
  readonly autoReview?: AllowDenyRequirement | null
  readonly downloads?: AllowDenyRequirement | null
  readonly fullCdpAccess?: AllowDenyRequirement | null
  readonly persistentApproval?: boolean | null
  readonly uploads?: AllowDenyRequirement | null
}
const $BrowserUseOriginPolicy = lazy("BrowserUseOriginPolicy", (): Schema.Schema<BrowserUseOriginPolicy> => Schema.Struct({
  access: optional(Schema.NullOr($AllowDenyRequirement())),
  accessApprovalLifetime: optional(Schema.NullOr($BrowserUseAccessApprovalLifetime())),
  autoReview: optional(Schema.NullOr($AllowDenyRequirement())),
  downloads: optional(Schema.NullOr($AllowDenyRequirement())),
  fullCdpAccess: optional(Schema.NullOr($AllowDenyRequirement())),
  persistentApproval: optional(Schema.NullOr(Schema.Boolean)),
  uploads: optional(Schema.NullOr($AllowDenyRequirement()))
}))
/**
 * The schema of {@link BrowserUseOriginPolicy}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const BrowserUseOriginPolicy: Schema.Schema<BrowserUseOriginPolicy> = exported("BrowserUseOriginPolicy", $BrowserUseOriginPolicy)

/**
 * The `BrowserUseRequirements` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface BrowserUseRequirements {
  readonly allowGlobalPersistentApproval?: boolean | null
  readonly allowHistoryAccess?: boolean | null
  readonly allowWebmcp?: boolean | null
  readonly defaultOriginPolicy?: BrowserUseOriginPolicy | null
  readonly disableAutoReview?: boolean | null
  readonly extension?: BrowserUseExtensionRequirements | null
  readonly origins?: { readonly [key: string]: BrowserUseOriginPolicy } | null
}
const $BrowserUseRequirements = lazy("BrowserUseRequirements", (): Schema.Schema<BrowserUseRequirements> => Schema.Struct({
  allowGlobalPersistentApproval: optional(Schema.NullOr(Schema.Boolean)),
  allowHistoryAccess: optional(Schema.NullOr(Schema.Boolean)),
  allowWebmcp: optional(Schema.NullOr(Schema.Boolean)),
  defaultOriginPolicy: optional(Schema.NullOr($BrowserUseOriginPolicy())),
  disableAutoReview: optional(Schema.NullOr(Schema.Boolean)),
  extension: optional(Schema.NullOr($BrowserUseExtensionRequirements())),
  origins: optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: $BrowserUseOriginPolicy() })))
}))
/**
 * The schema of {@link BrowserUseRequirements}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const BrowserUseRequirements: Schema.Schema<BrowserUseRequirements> = exported("BrowserUseRequirements", $BrowserUseRequirements)

/**
 * The `ByteRange` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ByteRange {
  readonly end: number
  readonly start: number
}
const $ByteRange = lazy("ByteRange", (): Schema.Schema<ByteRange> => Schema.Struct({
  end: Schema.Number,
  start: Schema.Number
}))
/**
 * The schema of {@link ByteRange}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ByteRange: Schema.Schema<ByteRange> = exported("ByteRange", $ByteRange)

/**
 * The `CancelLoginAccountParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface CancelLoginAccountParams {
  readonly loginId: string
}
const $CancelLoginAccountParams = lazy("CancelLoginAccountParams", (): Schema.Schema<CancelLoginAccountParams> => Schema.Struct({
  loginId: Schema.String
}))
/**
 * The schema of {@link CancelLoginAccountParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CancelLoginAccountParams: Schema.Schema<CancelLoginAccountParams> = exported("CancelLoginAccountParams", $CancelLoginAccountParams)

/**
 * The `CancelLoginAccountStatus` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type CancelLoginAccountStatus = "canceled" | "notFound" | (string & {})
const $CancelLoginAccountStatus = lazy("CancelLoginAccountStatus", (): Schema.Schema<CancelLoginAccountStatus> => Schema.Union(Schema.Literal("canceled", "notFound"), Schema.String))
/**
 * The schema of {@link CancelLoginAccountStatus}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CancelLoginAccountStatus: Schema.Schema<CancelLoginAccountStatus> = exported("CancelLoginAccountStatus", $CancelLoginAccountStatus)

/**
 * The `CancelLoginAccountResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface CancelLoginAccountResponse {
  readonly status: CancelLoginAccountStatus
}
const $CancelLoginAccountResponse = lazy("CancelLoginAccountResponse", (): Schema.Schema<CancelLoginAccountResponse> => Schema.Struct({
  status: $CancelLoginAccountStatus()
}))
/**
 * The schema of {@link CancelLoginAccountResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CancelLoginAccountResponse: Schema.Schema<CancelLoginAccountResponse> = exported("CancelLoginAccountResponse", $CancelLoginAccountResponse)

/**
 * Location used to resolve a selected capability root.
 *
 * @since 0.1.0
 * @category models
 */
export type CapabilityRootLocation = {
  readonly environmentId: string
  /**
   * Absolute path for the root in the selected environment.
   */
  readonly path: string
  readonly type: "environment"
}
const $CapabilityRootLocation = lazy("CapabilityRootLocation", (): Schema.Schema<CapabilityRootLocation> => Schema.Struct({
  environmentId: Schema.String,
  path: Schema.String,
  type: Schema.Literal("environment")
}))
/**
 * The schema of {@link CapabilityRootLocation}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CapabilityRootLocation: Schema.Schema<CapabilityRootLocation> = exported("CapabilityRootLocation", $CapabilityRootLocation)

/**
 * The `ChatgptAuthTokensRefreshReason` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ChatgptAuthTokensRefreshReason = "unauthorized"
const $ChatgptAuthTokensRefreshReason = lazy("ChatgptAuthTokensRefreshReason", (): Schema.Schema<ChatgptAuthTokensRefreshReason> => Schema.Literal("unauthorized"))
/**
 * The schema of {@link ChatgptAuthTokensRefreshReason}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatgptAuthTokensRefreshReason: Schema.Schema<ChatgptAuthTokensRefreshReason> = exported("ChatgptAuthTokensRefreshReason", $ChatgptAuthTokensRefreshReason)

/**
 * The `ChatgptAuthTokensRefreshParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ChatgptAuthTokensRefreshParams {
  /**
   * Workspace/account identifier that Codex was previously using.
   *
   * Clients that manage multiple accounts/workspaces can use this as a hint to refresh the token for the correct workspace.
   *
   * This may be `null` when the prior auth state did not include a workspace identifier (`chatgpt_account_id`).
   */
  readonly previousAccountId?: string | null
  readonly reason: ChatgptAuthTokensRefreshReason
}
const $ChatgptAuthTokensRefreshParams = lazy("ChatgptAuthTokensRefreshParams", (): Schema.Schema<ChatgptAuthTokensRefreshParams> => Schema.Struct({
  previousAccountId: optional(Schema.NullOr(Schema.String)),
  reason: $ChatgptAuthTokensRefreshReason()
}))
/**
 * The schema of {@link ChatgptAuthTokensRefreshParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatgptAuthTokensRefreshParams: Schema.Schema<ChatgptAuthTokensRefreshParams> = exported("ChatgptAuthTokensRefreshParams", $ChatgptAuthTokensRefreshParams)

/**
 * The `ChatgptAuthTokensRefreshResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ChatgptAuthTokensRefreshResponse {
  readonly accessToken: string
  readonly chatgptAccountId: string
  readonly chatgptPlanType?: string | null
}
const $ChatgptAuthTokensRefreshResponse = lazy("ChatgptAuthTokensRefreshResponse", (): Schema.Schema<ChatgptAuthTokensRefreshResponse> => Schema.Struct({
  accessToken: Schema.String,
  chatgptAccountId: Schema.String,
  chatgptPlanType: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link ChatgptAuthTokensRefreshResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatgptAuthTokensRefreshResponse: Schema.Schema<ChatgptAuthTokensRefreshResponse> = exported("ChatgptAuthTokensRefreshResponse", $ChatgptAuthTokensRefreshResponse)

/**
 * The `CliAuthCredentialsStoreMode` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type CliAuthCredentialsStoreMode = "file" | "keyring" | "auto" | "ephemeral" | (string & {})
const $CliAuthCredentialsStoreMode = lazy("CliAuthCredentialsStoreMode", (): Schema.Schema<CliAuthCredentialsStoreMode> => Schema.Union(Schema.Literal("file", "keyring", "auto", "ephemeral"), Schema.String))
/**
 * The schema of {@link CliAuthCredentialsStoreMode}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CliAuthCredentialsStoreMode: Schema.Schema<CliAuthCredentialsStoreMode> = exported("CliAuthCredentialsStoreMode", $CliAuthCredentialsStoreMode)

/**
 * The `ClientInfo` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ClientInfo {
  readonly name: string
  readonly title?: string | null
  readonly version: string
}
const $ClientInfo = lazy("ClientInfo", (): Schema.Schema<ClientInfo> => Schema.Struct({
  name: Schema.String,
  title: optional(Schema.NullOr(Schema.String)),
  version: Schema.String
}))
/**
 * The schema of {@link ClientInfo}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ClientInfo: Schema.Schema<ClientInfo> = exported("ClientInfo", $ClientInfo)

/**
 * EXPERIMENTAL - list collaboration mode presets.
 *
 * @since 0.1.0
 * @category models
 */
export type CollaborationModeListParams = { readonly [key: string]: unknown }
const $CollaborationModeListParams = lazy("CollaborationModeListParams", (): Schema.Schema<CollaborationModeListParams> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link CollaborationModeListParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CollaborationModeListParams: Schema.Schema<CollaborationModeListParams> = exported("CollaborationModeListParams", $CollaborationModeListParams)

/**
 * PTY size in character cells for `command/exec` PTY sessions.
 *
 * @since 0.1.0
 * @category models
 */
export interface CommandExecTerminalSize {
  /**
   * Terminal width in character cells.
   */
  readonly cols: number
  /**
   * Terminal height in character cells.
   */
  readonly rows: number
}
const $CommandExecTerminalSize = lazy("CommandExecTerminalSize", (): Schema.Schema<CommandExecTerminalSize> => Schema.Struct({
  cols: Schema.Int,
  rows: Schema.Int
}))
/**
 * The schema of {@link CommandExecTerminalSize}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CommandExecTerminalSize: Schema.Schema<CommandExecTerminalSize> = exported("CommandExecTerminalSize", $CommandExecTerminalSize)

/**
 * The `NetworkAccess` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type NetworkAccess = "restricted" | "enabled"
const $NetworkAccess = lazy("NetworkAccess", (): Schema.Schema<NetworkAccess> => Schema.Literal("restricted", "enabled"))
/**
 * The schema of {@link NetworkAccess}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const NetworkAccess: Schema.Schema<NetworkAccess> = exported("NetworkAccess", $NetworkAccess)

/**
 * The `SandboxPolicy` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type SandboxPolicy = {
  readonly type: "dangerFullAccess"
} | {
  readonly networkAccess?: boolean
  readonly type: "readOnly"
} | {
  readonly networkAccess?: NetworkAccess
  readonly type: "externalSandbox"
} | {
  readonly excludeSlashTmp?: boolean
  readonly excludeTmpdirEnvVar?: boolean
  readonly networkAccess?: boolean
  readonly type: "workspaceWrite"
  readonly writableRoots?: ReadonlyArray<AbsolutePathBuf>
}
const $SandboxPolicy = lazy("SandboxPolicy", (): Schema.Schema<SandboxPolicy> => Schema.Union(Schema.Struct({
  type: Schema.Literal("dangerFullAccess")
}), Schema.Struct({
  networkAccess: optional(Schema.Boolean),
  type: Schema.Literal("readOnly")
}), Schema.Struct({
  networkAccess: optional($NetworkAccess()),
  type: Schema.Literal("externalSandbox")
}), Schema.Struct({
  excludeSlashTmp: optional(Schema.Boolean),
  excludeTmpdirEnvVar: optional(Schema.Boolean),
  networkAccess: optional(Schema.Boolean),
  type: Schema.Literal("workspaceWrite"),
  writableRoots: optional(Schema.Array($AbsolutePathBuf()))
})))
/**
 * The schema of {@link SandboxPolicy}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SandboxPolicy: Schema.Schema<SandboxPolicy> = exported("SandboxPolicy", $SandboxPolicy)

/**
 * Run a standalone command (argv vector) in the server sandbox without creating a thread or turn.
 *
 * The final `command/exec` response is deferred until the process exits and is sent only after all `command/exec/outputDelta` notifications for that connection have been emitted.
 *
 * @since 0.1.0
 * @category models
 */
export interface CommandExecParams {
  /**
   * Command argv vector. Empty arrays are rejected.
   */
  readonly command: ReadonlyArray<string>
  /**
   * Optional working directory. Defaults to the server cwd.
   */
  readonly cwd?: string | null
  /**
   * Disable stdout/stderr capture truncation for this request.
   *
   * Cannot be combined with `outputBytesCap`.
   */
  readonly disableOutputCap?: boolean
  /**
   * Disable the timeout entirely for this request.
   *
   * Cannot be combined with `timeoutMs`.
   */
  readonly disableTimeout?: boolean
  /**
   * Optional environment overrides merged into the server-computed environment.
   *
   * Matching names override inherited values. Set a key to `null` to unset an inherited variable.
   */
  readonly env?: { readonly [key: string]: string | null } | null
  /**
   * Optional per-stream stdout/stderr capture cap in bytes.
   *
   * When omitted, the server default applies. Cannot be combined with `disableOutputCap`.
   */
  readonly outputBytesCap?: number | null
  /**
   * Optional active permissions profile id for this command.
   *
   * Defaults to the user's configured permissions when omitted. Cannot be combined with `sandboxPolicy`.
   */
  readonly permissionProfile?: string | null
  /**
   * Optional client-supplied, connection-scoped process id.
   *
   * Required for `tty`, `streamStdin`, `streamStdoutStderr`, and follow-up `command/exec/write`, `command/exec/resize`, and `command/exec/terminate` calls. When omitted, buffered execution gets an internal id that is not exposed to the client.
   */
  readonly processId?: string | null
  /**
   * Optional sandbox policy for this command.
   *
   * Uses the same shape as thread/turn execution sandbox configuration and defaults to the user's configured policy when omitted. Cannot be combined with `permissionProfile`.
   */
  readonly sandboxPolicy?: SandboxPolicy | null
  /**
   * Optional initial PTY size in character cells. Only valid when `tty` is true.
   */
  readonly size?: CommandExecTerminalSize | null
  /**
   * Allow follow-up `command/exec/write` requests to write stdin bytes.
   *
   * Requires a client-supplied `processId`.
   */
  readonly streamStdin?: boolean
  /**
   * Stream stdout/stderr via `command/exec/outputDelta` notifications.
   *
   * Streamed bytes are not duplicated into the final response and require a client-supplied `processId`.
   */
  readonly streamStdoutStderr?: boolean
  /**
   * Optional timeout in milliseconds.
   *
   * When omitted, the server default applies. Cannot be combined with `disableTimeout`.
   */
  readonly timeoutMs?: number | null
  /**
   * Enable PTY mode.
   *
   * This implies `streamStdin` and `streamStdoutStderr`.
   */
  readonly tty?: boolean
}
const $CommandExecParams = lazy("CommandExecParams", (): Schema.Schema<CommandExecParams> => Schema.Struct({
  command: Schema.Array(Schema.String),
  cwd: optional(Schema.NullOr(Schema.String)),
  disableOutputCap: optional(Schema.Boolean),
  disableTimeout: optional(Schema.Boolean),
  env: optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.NullOr(Schema.String) }))),
  outputBytesCap: optional(Schema.NullOr(Schema.Number)),
  permissionProfile: optional(Schema.NullOr(Schema.String)),
  processId: optional(Schema.NullOr(Schema.String)),
  sandboxPolicy: optional(Schema.NullOr($SandboxPolicy())),
  size: optional(Schema.NullOr($CommandExecTerminalSize())),
  streamStdin: optional(Schema.Boolean),
  streamStdoutStderr: optional(Schema.Boolean),
  timeoutMs: optional(Schema.NullOr(Schema.Number)),
  tty: optional(Schema.Boolean)
}))
/**
 * The schema of {@link CommandExecParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CommandExecParams: Schema.Schema<CommandExecParams> = exported("CommandExecParams", $CommandExecParams)

/**
 * Resize a running PTY-backed `command/exec` session.
 *
 * @since 0.1.0
 * @category models
 */
export interface CommandExecResizeParams {
  /**
   * Client-supplied, connection-scoped `processId` from the original `command/exec` request.
   */
  readonly processId: string
  /**
   * New PTY size in character cells.
   */
  readonly size: CommandExecTerminalSize
}
const $CommandExecResizeParams = lazy("CommandExecResizeParams", (): Schema.Schema<CommandExecResizeParams> => Schema.Struct({
  processId: Schema.String,
  size: $CommandExecTerminalSize()
}))
/**
 * The schema of {@link CommandExecResizeParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CommandExecResizeParams: Schema.Schema<CommandExecResizeParams> = exported("CommandExecResizeParams", $CommandExecResizeParams)

/**
 * Terminate a running `command/exec` session.
 *
 * @since 0.1.0
 * @category models
 */
export interface CommandExecTerminateParams {
  /**
   * Client-supplied, connection-scoped `processId` from the original `command/exec` request.
   */
  readonly processId: string
}
const $CommandExecTerminateParams = lazy("CommandExecTerminateParams", (): Schema.Schema<CommandExecTerminateParams> => Schema.Struct({
  processId: Schema.String
}))
/**
 * The schema of {@link CommandExecTerminateParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CommandExecTerminateParams: Schema.Schema<CommandExecTerminateParams> = exported("CommandExecTerminateParams", $CommandExecTerminateParams)

/**
 * Write stdin bytes to a running `command/exec` session, close stdin, or both.
 *
 * @since 0.1.0
 * @category models
 */
export interface CommandExecWriteParams {
  /**
   * Close stdin after writing `deltaBase64`, if present.
   */
  readonly closeStdin?: boolean
  /**
   * Optional base64-encoded stdin bytes to write.
   */
  readonly deltaBase64?: string | null
  /**
   * Client-supplied, connection-scoped `processId` from the original `command/exec` request.
   */
  readonly processId: string
}
const $CommandExecWriteParams = lazy("CommandExecWriteParams", (): Schema.Schema<CommandExecWriteParams> => Schema.Struct({
  closeStdin: optional(Schema.Boolean),
  deltaBase64: optional(Schema.NullOr(Schema.String)),
  processId: Schema.String
}))
/**
 * The schema of {@link CommandExecWriteParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CommandExecWriteParams: Schema.Schema<CommandExecWriteParams> = exported("CommandExecWriteParams", $CommandExecWriteParams)

/**
 * The `MergeStrategy` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type MergeStrategy = "replace" | "upsert"
const $MergeStrategy = lazy("MergeStrategy", (): Schema.Schema<MergeStrategy> => Schema.Literal("replace", "upsert"))
/**
 * The schema of {@link MergeStrategy}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const MergeStrategy: Schema.Schema<MergeStrategy> = exported("MergeStrategy", $MergeStrategy)

/**
 * The `ConfigEdit` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ConfigEdit {
  readonly keyPath: string
  readonly mergeStrategy: MergeStrategy
  readonly value: unknown
}
const $ConfigEdit = lazy("ConfigEdit", (): Schema.Schema<ConfigEdit> => Schema.Struct({
  keyPath: Schema.String,
  mergeStrategy: $MergeStrategy(),
  value: Schema.Unknown
}))
/**
 * The schema of {@link ConfigEdit}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ConfigEdit: Schema.Schema<ConfigEdit> = exported("ConfigEdit", $ConfigEdit)

/**
 * The `ConfigBatchWriteParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ConfigBatchWriteParams {
  readonly edits: ReadonlyArray<ConfigEdit>
  readonly expectedVersion?: string | null
  /**
   * Path to the config file to write; defaults to the user's `config.toml` when omitted.
   */
  readonly filePath?: string | null
  /**
   * When true, hot-reload updated runtime settings into loaded threads after writing. Session-static model, reasoning-effort, Plan-mode reasoning-effort, and service-tier defaults are not reloaded. The deprecated personality setting is also not reloaded.
   */
  readonly reloadUserConfig?: boolean
}
const $ConfigBatchWriteParams = lazy("ConfigBatchWriteParams", (): Schema.Schema<ConfigBatchWriteParams> => Schema.Struct({
  edits: Schema.Array($ConfigEdit()),
  expectedVersion: optional(Schema.NullOr(Schema.String)),
  filePath: optional(Schema.NullOr(Schema.String)),
  reloadUserConfig: optional(Schema.Boolean)
}))
/**
 * The schema of {@link ConfigBatchWriteParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ConfigBatchWriteParams: Schema.Schema<ConfigBatchWriteParams> = exported("ConfigBatchWriteParams", $ConfigBatchWriteParams)

/**
 * The `ConfigReadParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ConfigReadParams {
  /**
   * Optional working directory to resolve project config layers. If specified, return the effective config as seen from that directory (i.e., including any project layers between `cwd` and the project/repo root).
   */
  readonly cwd?: string | null
  readonly includeLayers?: boolean
}
const $ConfigReadParams = lazy("ConfigReadParams", (): Schema.Schema<ConfigReadParams> => Schema.Struct({
  cwd: optional(Schema.NullOr(Schema.String)),
  includeLayers: optional(Schema.Boolean)
}))
/**
 * The schema of {@link ConfigReadParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ConfigReadParams: Schema.Schema<ConfigReadParams> = exported("ConfigReadParams", $ConfigReadParams)

/**
 * The `ConfigValueWriteParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ConfigValueWriteParams {
  readonly expectedVersion?: string | null
  /**
   * Path to the config file to write; defaults to the user's `config.toml` when omitted.
   */
  readonly filePath?: string | null
  readonly keyPath: string
  readonly mergeStrategy: MergeStrategy
  readonly value: unknown
}
const $ConfigValueWriteParams = lazy("ConfigValueWriteParams", (): Schema.Schema<ConfigValueWriteParams> => Schema.Struct({
  expectedVersion: optional(Schema.NullOr(Schema.String)),
  filePath: optional(Schema.NullOr(Schema.String)),
  keyPath: Schema.String,
  mergeStrategy: $MergeStrategy(),
  value: Schema.Unknown
}))
/**
 * The schema of {@link ConfigValueWriteParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ConfigValueWriteParams: Schema.Schema<ConfigValueWriteParams> = exported("ConfigValueWriteParams", $ConfigValueWriteParams)

/**
 * The `ConsumeAccountRateLimitResetCreditParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ConsumeAccountRateLimitResetCreditParams {
  /**
   * Opaque reset-credit identifier to redeem. When omitted, the backend selects the next available credit.
   */
  readonly creditId?: string | null
  /**
   * Identifies one logical reset attempt. A UUID is recommended; reuse the same value when retrying that attempt.
   */
  readonly idempotencyKey: string
}
const $ConsumeAccountRateLimitResetCreditParams = lazy("ConsumeAccountRateLimitResetCreditParams", (): Schema.Schema<ConsumeAccountRateLimitResetCreditParams> => Schema.Struct({
  creditId: optional(Schema.NullOr(Schema.String)),
  idempotencyKey: Schema.String
}))
/**
 * The schema of {@link ConsumeAccountRateLimitResetCreditParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ConsumeAccountRateLimitResetCreditParams: Schema.Schema<ConsumeAccountRateLimitResetCreditParams> = exported("ConsumeAccountRateLimitResetCreditParams", $ConsumeAccountRateLimitResetCreditParams)

/**
 * The `EnvironmentSkillsParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface EnvironmentSkillsParams {
  /**
   * Exact catalog names that must be available from this environment.
   */
  readonly required?: ReadonlyArray<string> | null
}
const $EnvironmentSkillsParams = lazy("EnvironmentSkillsParams", (): Schema.Schema<EnvironmentSkillsParams> => Schema.Struct({
  required: optional(Schema.NullOr(Schema.Array(Schema.String)))
}))
/**
 * The schema of {@link EnvironmentSkillsParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const EnvironmentSkillsParams: Schema.Schema<EnvironmentSkillsParams> = exported("EnvironmentSkillsParams", $EnvironmentSkillsParams)

/**
 * The `EnvironmentAddParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface EnvironmentAddParams {
  /**
   * Optional raw bearer token for executor authentication, including reconnects. Requires a secure transport or a loopback destination.
   */
  readonly authBearerToken?: string | null
  /**
   * Optional WebSocket connection timeout. The server default applies when omitted.
   */
  readonly connectTimeoutMs?: number | null
  readonly environmentId: string
  readonly execServerUrl: string
  /**
   * Required skills supplied by this environment, checked before model inference.
   */
  readonly skills?: EnvironmentSkillsParams | null
  /**
   * Optional X-Request-ID for the direct WebSocket upgrade, including reconnects. Requires a secure transport or a loopback destination.
   */
  readonly websocketRequestId?: string | null
}
const $EnvironmentAddParams = lazy("EnvironmentAddParams", (): Schema.Schema<EnvironmentAddParams> => Schema.Struct({
  authBearerToken: optional(Schema.NullOr(Schema.String)),
  connectTimeoutMs: optional(Schema.NullOr(Schema.Number)),
  environmentId: Schema.String,
  execServerUrl: Schema.String,
  skills: optional(Schema.NullOr($EnvironmentSkillsParams())),
  websocketRequestId: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link EnvironmentAddParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const EnvironmentAddParams: Schema.Schema<EnvironmentAddParams> = exported("EnvironmentAddParams", $EnvironmentAddParams)

/**
 * The `EnvironmentInfoParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface EnvironmentInfoParams {
  readonly environmentId: string
}
const $EnvironmentInfoParams = lazy("EnvironmentInfoParams", (): Schema.Schema<EnvironmentInfoParams> => Schema.Struct({
  environmentId: Schema.String
}))
/**
 * The schema of {@link EnvironmentInfoParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const EnvironmentInfoParams: Schema.Schema<EnvironmentInfoParams> = exported("EnvironmentInfoParams", $EnvironmentInfoParams)

/**
 * Parameters for reading the current status of one configured environment.
 *
 * @since 0.1.0
 * @category models
 */
export interface EnvironmentStatusParams {
  /**
   * Environment id to inspect.
   */
  readonly environmentId: string
}
const $EnvironmentStatusParams = lazy("EnvironmentStatusParams", (): Schema.Schema<EnvironmentStatusParams> => Schema.Struct({
  environmentId: Schema.String
}))
/**
 * The schema of {@link EnvironmentStatusParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const EnvironmentStatusParams: Schema.Schema<EnvironmentStatusParams> = exported("EnvironmentStatusParams", $EnvironmentStatusParams)

/**
 * The `ExperimentalFeatureEnablementSetParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ExperimentalFeatureEnablementSetParams {
  /**
   * Process-wide runtime feature enablement keyed by canonical feature name.
   *
   * Only named features are updated. Omitted features are left unchanged. Send an empty map for a no-op.
   */
  readonly enablement: { readonly [key: string]: boolean }
}
const $ExperimentalFeatureEnablementSetParams = lazy("ExperimentalFeatureEnablementSetParams", (): Schema.Schema<ExperimentalFeatureEnablementSetParams> => Schema.Struct({
  enablement: Schema.Record({ key: Schema.String, value: Schema.Boolean })
}))
/**
 * The schema of {@link ExperimentalFeatureEnablementSetParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ExperimentalFeatureEnablementSetParams: Schema.Schema<ExperimentalFeatureEnablementSetParams> = exported("ExperimentalFeatureEnablementSetParams", $ExperimentalFeatureEnablementSetParams)

/**
 * The `ExperimentalFeatureListParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ExperimentalFeatureListParams {
  /**
   * Opaque pagination cursor returned by a previous call.
   */
  readonly cursor?: string | null
  /**
   * Optional page size; defaults to a reasonable server-side value.
   */
  readonly limit?: number | null
  /**
   * Optional loaded thread id. Pass this when showing feature state for an existing thread so enablement is computed from that thread's refreshed config, including project-local config for the thread's cwd.
   */
  readonly threadId?: string | null
}
const $ExperimentalFeatureListParams = lazy("ExperimentalFeatureListParams", (): Schema.Schema<ExperimentalFeatureListParams> => Schema.Struct({
  cursor: optional(Schema.NullOr(Schema.String)),
  limit: optional(Schema.NullOr(Schema.Int)),
  threadId: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link ExperimentalFeatureListParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ExperimentalFeatureListParams: Schema.Schema<ExperimentalFeatureListParams> = exported("ExperimentalFeatureListParams", $ExperimentalFeatureListParams)

/**
 * The `ExternalAgentConfigDetectParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ExternalAgentConfigDetectParams {
  /**
   * Zero or more working directories to include for repo-scoped detection.
   */
  readonly cwds?: ReadonlyArray<string> | null
  /**
   * If true, include detection under the user's home directory.
   */
  readonly includeHome?: boolean
  /**
   * Maximum age in days for detected sessions. Missing values use the default limit.
   */
  readonly maxSessionAgeDays?: number | null
  /**
   * Maximum number of sessions to detect. Missing values use the default limit.
   */
  readonly maxSessions?: number | null
  /**
   * Optional migration-source selector. Missing or unrecognized values use the default source.
   */
  readonly migrationSource?: string | null
  /**
   * Deprecated field retained for compatibility. This field is ignored; use `migrationSource` to select the migration source.
   */
  readonly source?: string | null
}
const $ExternalAgentConfigDetectParams = lazy("ExternalAgentConfigDetectParams", (): Schema.Schema<ExternalAgentConfigDetectParams> => Schema.Struct({
  cwds: optional(Schema.NullOr(Schema.Array(Schema.String))),
  includeHome: optional(Schema.Boolean),
  maxSessionAgeDays: optional(Schema.NullOr(Schema.Int)),
  maxSessions: optional(Schema.NullOr(Schema.Int)),
  migrationSource: optional(Schema.NullOr(Schema.String)),
  source: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link ExternalAgentConfigDetectParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ExternalAgentConfigDetectParams: Schema.Schema<ExternalAgentConfigDetectParams> = exported("ExternalAgentConfigDetectParams", $ExternalAgentConfigDetectParams)

/**
 * The `ExternalAgentConfigMigrationItemType` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ExternalAgentConfigMigrationItemType = "AGENTS_MD" | "CONFIG" | "SKILLS" | "PLUGINS" | "MCP_SERVER_CONFIG" | "SUBAGENTS" | "HOOKS" | "COMMANDS" | "MEMORY" | "SESSIONS"
const $ExternalAgentConfigMigrationItemType = lazy("ExternalAgentConfigMigrationItemType", (): Schema.Schema<ExternalAgentConfigMigrationItemType> => Schema.Literal("AGENTS_MD", "CONFIG", "SKILLS", "PLUGINS", "MCP_SERVER_CONFIG", "SUBAGENTS", "HOOKS", "COMMANDS", "MEMORY", "SESSIONS"))
/**
 * The schema of {@link ExternalAgentConfigMigrationItemType}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ExternalAgentConfigMigrationItemType: Schema.Schema<ExternalAgentConfigMigrationItemType> = exported("ExternalAgentConfigMigrationItemType", $ExternalAgentConfigMigrationItemType)

/**
 * The `ExternalAgentConfigImportHistoryRecordSuccessParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ExternalAgentConfigImportHistoryRecordSuccessParams {
  readonly cwd?: string | null
  readonly itemType: ExternalAgentConfigMigrationItemType
  readonly source?: string | null
  readonly target?: string | null
  /**
   * Original title for an imported session, when available.
   */
  readonly title?: string | null
}
const $ExternalAgentConfigImportHistoryRecordSuccessParams = lazy("ExternalAgentConfigImportHistoryRecordSuccessParams", (): Schema.Schema<ExternalAgentConfigImportHistoryRecordSuccessParams> => Schema.Struct({
  cwd: optional(Schema.NullOr(Schema.String)),
  itemType: $ExternalAgentConfigMigrationItemType(),
  source: optional(Schema.NullOr(Schema.String)),
  target: optional(Schema.NullOr(Schema.String)),
  title: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link ExternalAgentConfigImportHistoryRecordSuccessParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ExternalAgentConfigImportHistoryRecordSuccessParams: Schema.Schema<ExternalAgentConfigImportHistoryRecordSuccessParams> = exported("ExternalAgentConfigImportHistoryRecordSuccessParams", $ExternalAgentConfigImportHistoryRecordSuccessParams)

/**
 * The `ExternalAgentConfigImportItemTypeFailure` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ExternalAgentConfigImportItemTypeFailure {
  readonly cwd?: string | null
  readonly errorType?: string | null
  readonly failureStage: string
  readonly itemType: ExternalAgentConfigMigrationItemType
  readonly message: string
  readonly source?: string | null
  readonly subErrorType?: string | null
}
const $ExternalAgentConfigImportItemTypeFailure = lazy("ExternalAgentConfigImportItemTypeFailure", (): Schema.Schema<ExternalAgentConfigImportItemTypeFailure> => Schema.Struct({
  cwd: optional(Schema.NullOr(Schema.String)),
  errorType: optional(Schema.NullOr(Schema.String)),
  failureStage: Schema.String,
  itemType: $ExternalAgentConfigMigrationItemType(),
  message: Schema.String,
  source: optional(Schema.NullOr(Schema.String)),
  subErrorType: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link ExternalAgentConfigImportItemTypeFailure}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ExternalAgentConfigImportItemTypeFailure: Schema.Schema<ExternalAgentConfigImportItemTypeFailure> = exported("ExternalAgentConfigImportItemTypeFailure", $ExternalAgentConfigImportItemTypeFailure)

/**
 * The `ExternalAgentConfigImportHistoryRecordTypeResultParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ExternalAgentConfigImportHistoryRecordTypeResultParams {
  readonly failures: ReadonlyArray<ExternalAgentConfigImportItemTypeFailure>
  readonly itemType: ExternalAgentConfigMigrationItemType
  readonly successes: ReadonlyArray<ExternalAgentConfigImportHistoryRecordSuccessParams>
}
const $ExternalAgentConfigImportHistoryRecordTypeResultParams = lazy("ExternalAgentConfigImportHistoryRecordTypeResultParams", (): Schema.Schema<ExternalAgentConfigImportHistoryRecordTypeResultParams> => Schema.Struct({
  failures: Schema.Array($ExternalAgentConfigImportItemTypeFailure()),
  itemType: $ExternalAgentConfigMigrationItemType(),
  successes: Schema.Array($ExternalAgentConfigImportHistoryRecordSuccessParams())
}))
/**
 * The schema of {@link ExternalAgentConfigImportHistoryRecordTypeResultParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ExternalAgentConfigImportHistoryRecordTypeResultParams: Schema.Schema<ExternalAgentConfigImportHistoryRecordTypeResultParams> = exported("ExternalAgentConfigImportHistoryRecordTypeResultParams", $ExternalAgentConfigImportHistoryRecordTypeResultParams)

/**
 * The `ExternalAgentConfigImportHistoryRecordParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ExternalAgentConfigImportHistoryRecordParams {
  /**
   * Completed results grouped by imported item type.
   */
  readonly itemTypeResults: ReadonlyArray<ExternalAgentConfigImportHistoryRecordTypeResultParams>
  /**
   * Opaque provider identifier for the externally completed import.
   */
  readonly providerId: string
}
const $ExternalAgentConfigImportHistoryRecordParams = lazy("ExternalAgentConfigImportHistoryRecordParams", (): Schema.Schema<ExternalAgentConfigImportHistoryRecordParams> => Schema.Struct({
  itemTypeResults: Schema.Array($ExternalAgentConfigImportHistoryRecordTypeResultParams()),
  providerId: Schema.String
}))
/**
 * The schema of {@link ExternalAgentConfigImportHistoryRecordParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ExternalAgentConfigImportHistoryRecordParams: Schema.Schema<ExternalAgentConfigImportHistoryRecordParams> = exported("ExternalAgentConfigImportHistoryRecordParams", $ExternalAgentConfigImportHistoryRecordParams)

/**
 * The `CommandMigration` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface CommandMigration {
  readonly name: string
}
const $CommandMigration = lazy("CommandMigration", (): Schema.Schema<CommandMigration> => Schema.Struct({
  name: Schema.String
}))
/**
 * The schema of {@link CommandMigration}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CommandMigration: Schema.Schema<CommandMigration> = exported("CommandMigration", $CommandMigration)

/**
 * The `HookMigration` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface HookMigration {
  readonly name: string
}
const $HookMigration = lazy("HookMigration", (): Schema.Schema<HookMigration> => Schema.Struct({
  name: Schema.String
}))
/**
 * The schema of {@link HookMigration}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const HookMigration: Schema.Schema<HookMigration> = exported("HookMigration", $HookMigration)

/**
 * The `McpServerMigration` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface McpServerMigration {
  readonly name: string
}
const $McpServerMigration = lazy("McpServerMigration", (): Schema.Schema<McpServerMigration> => Schema.Struct({
  name: Schema.String
}))
/**
 * The schema of {@link McpServerMigration}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpServerMigration: Schema.Schema<McpServerMigration> = exported("McpServerMigration", $McpServerMigration)

/**
 * The `PluginsMigration` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface PluginsMigration {
  readonly marketplaceName: string
  readonly pluginNames: ReadonlyArray<string>
}
const $PluginsMigration = lazy("PluginsMigration", (): Schema.Schema<PluginsMigration> => Schema.Struct({
  marketplaceName: Schema.String,
  pluginNames: Schema.Array(Schema.String)
}))
/**
 * The schema of {@link PluginsMigration}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PluginsMigration: Schema.Schema<PluginsMigration> = exported("PluginsMigration", $PluginsMigration)

/**
 * The `SessionMigration` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface SessionMigration {
  readonly cwd: string
  readonly path: string
  readonly title?: string | null
}
const $SessionMigration = lazy("SessionMigration", (): Schema.Schema<SessionMigration> => Schema.Struct({
  cwd: Schema.String,
  path: Schema.String,
  title: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link SessionMigration}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SessionMigration: Schema.Schema<SessionMigration> = exported("SessionMigration", $SessionMigration)

/**
 * The `SkillMigration` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface SkillMigration {
  readonly name: string
}
const $SkillMigration = lazy("SkillMigration", (): Schema.Schema<SkillMigration> => Schema.Struct({
  name: Schema.String
}))
/**
 * The schema of {@link SkillMigration}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SkillMigration: Schema.Schema<SkillMigration> = exported("SkillMigration", $SkillMigration)

/**
 * The `SubagentMigration` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface SubagentMigration {
  readonly name: string
}
const $SubagentMigration = lazy("SubagentMigration", (): Schema.Schema<SubagentMigration> => Schema.Struct({
  name: Schema.String
}))
/**
 * The schema of {@link SubagentMigration}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SubagentMigration: Schema.Schema<SubagentMigration> = exported("SubagentMigration", $SubagentMigration)

/**
 * The `MigrationDetails` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface MigrationDetails {
  readonly commands?: ReadonlyArray<CommandMigration>
  readonly hooks?: ReadonlyArray<HookMigration>
  readonly mcpServers?: ReadonlyArray<McpServerMigration>
  readonly memory?: ReadonlyArray<string>
  readonly plugins?: ReadonlyArray<PluginsMigration>
  readonly sessions?: ReadonlyArray<SessionMigration>
  readonly skills?: ReadonlyArray<SkillMigration>
  readonly subagents?: ReadonlyArray<SubagentMigration>
}
const $MigrationDetails = lazy("MigrationDetails", (): Schema.Schema<MigrationDetails> => Schema.Struct({
  commands: optional(Schema.Array($CommandMigration())),
  hooks: optional(Schema.Array($HookMigration())),
  mcpServers: optional(Schema.Array($McpServerMigration())),
  memory: optional(Schema.Array(Schema.String)),
  plugins: optional(Schema.Array($PluginsMigration())),
  sessions: optional(Schema.Array($SessionMigration())),
  skills: optional(Schema.Array($SkillMigration())),
  subagents: optional(Schema.Array($SubagentMigration()))
}))
/**
 * The schema of {@link MigrationDetails}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const MigrationDetails: Schema.Schema<MigrationDetails> = exported("MigrationDetails", $MigrationDetails)

/**
 * The `ExternalAgentConfigMigrationItem` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ExternalAgentConfigMigrationItem {
  /**
   * Null or empty means home-scoped migration; non-empty means repo-scoped migration.
   */
  readonly cwd?: string | null
  readonly description: string
  readonly details?: MigrationDetails | null
  readonly itemType: ExternalAgentConfigMigrationItemType
}
const $ExternalAgentConfigMigrationItem = lazy("ExternalAgentConfigMigrationItem", (): Schema.Schema<ExternalAgentConfigMigrationItem> => Schema.Struct({
  cwd: optional(Schema.NullOr(Schema.String)),
  description: Schema.String,
  details: optional(Schema.NullOr($MigrationDetails())),
  itemType: $ExternalAgentConfigMigrationItemType()
}))
/**
 * The schema of {@link ExternalAgentConfigMigrationItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ExternalAgentConfigMigrationItem: Schema.Schema<ExternalAgentConfigMigrationItem> = exported("ExternalAgentConfigMigrationItem", $ExternalAgentConfigMigrationItem)

/**
 * The `ExternalAgentConfigImportParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ExternalAgentConfigImportParams {
  readonly migrationItems: ReadonlyArray<ExternalAgentConfigMigrationItem>
  /**
   * Migration-source selector used to produce the migration items. Pass the same value to detection and import; missing or unrecognized values use the default source.
   */
  readonly migrationSource?: string | null
  /**
   * Opaque provider identifier supplied by the caller for analytics attribution and import history display. This does not select the migration source.
   */
  readonly providerId?: string | null
  /**
   * Optional identifier for the product that initiated the import.
   */
  readonly source?: string | null
}
const $ExternalAgentConfigImportParams = lazy("ExternalAgentConfigImportParams", (): Schema.Schema<ExternalAgentConfigImportParams> => Schema.Struct({
  migrationItems: Schema.Array($ExternalAgentConfigMigrationItem()),
  migrationSource: optional(Schema.NullOr(Schema.String)),
  providerId: optional(Schema.NullOr(Schema.String)),
  source: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link ExternalAgentConfigImportParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ExternalAgentConfigImportParams: Schema.Schema<ExternalAgentConfigImportParams> = exported("ExternalAgentConfigImportParams", $ExternalAgentConfigImportParams)

/**
 * The `FeedbackSaveParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface FeedbackSaveParams {
  readonly classification: string
  readonly extraLogFiles?: ReadonlyArray<string> | null
  readonly includeLogs?: boolean
  readonly reason?: string | null
  /**
   * Absolute, previously unused ZIP path on the app-server host. The caller owns this file, including after a disconnected RPC.
   */
  readonly savePath: LegacyAppPathString
  readonly tags?: { readonly [key: string]: string } | null
  readonly threadId?: string | null
}
const $FeedbackSaveParams = lazy("FeedbackSaveParams", (): Schema.Schema<FeedbackSaveParams> => Schema.Struct({
  classification: Schema.String,
  extraLogFiles: optional(Schema.NullOr(Schema.Array(Schema.String))),
  includeLogs: optional(Schema.Boolean),
  reason: optional(Schema.NullOr(Schema.String)),
  savePath: $LegacyAppPathString(),
  tags: optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.String }))),
  threadId: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link FeedbackSaveParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FeedbackSaveParams: Schema.Schema<FeedbackSaveParams> = exported("FeedbackSaveParams", $FeedbackSaveParams)

/**
 * The `FeedbackUploadParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface FeedbackUploadParams {
  readonly classification: string
  readonly extraLogFiles?: ReadonlyArray<string> | null
  readonly includeLogs?: boolean
  readonly reason?: string | null
  readonly tags?: { readonly [key: string]: string } | null
  readonly threadId?: string | null
}
const $FeedbackUploadParams = lazy("FeedbackUploadParams", (): Schema.Schema<FeedbackUploadParams> => Schema.Struct({
  classification: Schema.String,
  extraLogFiles: optional(Schema.NullOr(Schema.Array(Schema.String))),
  includeLogs: optional(Schema.Boolean),
  reason: optional(Schema.NullOr(Schema.String)),
  tags: optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.String }))),
  threadId: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link FeedbackUploadParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FeedbackUploadParams: Schema.Schema<FeedbackUploadParams> = exported("FeedbackUploadParams", $FeedbackUploadParams)

/**
 * Copy a file or directory tree on the host filesystem.
 *
 * @since 0.1.0
 * @category models
 */
export interface FsCopyParams {
  /**
   * Absolute destination path.
   */
  readonly destinationPath: AbsolutePathBuf
  /**
   * Required for directory copies; ignored for file copies.
   */
  readonly recursive?: boolean
  /**
   * Absolute source path.
   */
  readonly sourcePath: AbsolutePathBuf
}
const $FsCopyParams = lazy("FsCopyParams", (): Schema.Schema<FsCopyParams> => Schema.Struct({
  destinationPath: $AbsolutePathBuf(),
  recursive: optional(Schema.Boolean),
  sourcePath: $AbsolutePathBuf()
}))
/**
 * The schema of {@link FsCopyParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FsCopyParams: Schema.Schema<FsCopyParams> = exported("FsCopyParams", $FsCopyParams)

/**
 * Create a directory on the host filesystem.
 *
 * @since 0.1.0
 * @category models
 */
export interface FsCreateDirectoryParams {
  /**
   * Absolute directory path to create.
   */
  readonly path: AbsolutePathBuf
  /**
   * Whether parent directories should also be created. Defaults to `true`.
   */
  readonly recursive?: boolean | null
}
const $FsCreateDirectoryParams = lazy("FsCreateDirectoryParams", (): Schema.Schema<FsCreateDirectoryParams> => Schema.Struct({
  path: $AbsolutePathBuf(),
  recursive: optional(Schema.NullOr(Schema.Boolean))
}))
/**
 * The schema of {@link FsCreateDirectoryParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FsCreateDirectoryParams: Schema.Schema<FsCreateDirectoryParams> = exported("FsCreateDirectoryParams", $FsCreateDirectoryParams)

/**
 * Request metadata for an absolute path.
 *
 * @since 0.1.0
 * @category models
 */
export interface FsGetMetadataParams {
  /**
   * Absolute path to inspect.
   */
  readonly path: AbsolutePathBuf
}
const $FsGetMetadataParams = lazy("FsGetMetadataParams", (): Schema.Schema<FsGetMetadataParams> => Schema.Struct({
  path: $AbsolutePathBuf()
}))
/**
 * The schema of {@link FsGetMetadataParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FsGetMetadataParams: Schema.Schema<FsGetMetadataParams> = exported("FsGetMetadataParams", $FsGetMetadataParams)

/**
 * List direct child names for a directory.
 *
 * @since 0.1.0
 * @category models
 */
export interface FsReadDirectoryParams {
  /**
   * Absolute directory path to read.
   */
  readonly path: AbsolutePathBuf
}
const $FsReadDirectoryParams = lazy("FsReadDirectoryParams", (): Schema.Schema<FsReadDirectoryParams> => Schema.Struct({
  path: $AbsolutePathBuf()
}))
/**
 * The schema of {@link FsReadDirectoryParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FsReadDirectoryParams: Schema.Schema<FsReadDirectoryParams> = exported("FsReadDirectoryParams", $FsReadDirectoryParams)

/**
 * Read a file from the host filesystem.
 *
 * @since 0.1.0
 * @category models
 */
export interface FsReadFileParams {
  /**
   * Absolute path to read.
   */
  readonly path: AbsolutePathBuf
}
const $FsReadFileParams = lazy("FsReadFileParams", (): Schema.Schema<FsReadFileParams> => Schema.Struct({
  path: $AbsolutePathBuf()
}))
/**
 * The schema of {@link FsReadFileParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FsReadFileParams: Schema.Schema<FsReadFileParams> = exported("FsReadFileParams", $FsReadFileParams)

/**
 * Remove a file or directory tree from the host filesystem.
 *
 * @since 0.1.0
 * @category models
 */
export interface FsRemoveParams {
  /**
   * Whether missing paths should be ignored. Defaults to `true`.
   */
  readonly force?: boolean | null
  /**
   * Absolute path to remove.
   */
  readonly path: AbsolutePathBuf
  /**
   * Whether directory removal should recurse. Defaults to `true`.
   */
  readonly recursive?: boolean | null
}
const $FsRemoveParams = lazy("FsRemoveParams", (): Schema.Schema<FsRemoveParams> => Schema.Struct({
  force: optional(Schema.NullOr(Schema.Boolean)),
  path: $AbsolutePathBuf(),
  recursive: optional(Schema.NullOr(Schema.Boolean))
}))
/**
 * The schema of {@link FsRemoveParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FsRemoveParams: Schema.Schema<FsRemoveParams> = exported("FsRemoveParams", $FsRemoveParams)

/**
 * Stop filesystem watch notifications for a prior `fs/watch`.
 *
 * @since 0.1.0
 * @category models
 */
export interface FsUnwatchParams {
  /**
   * Watch identifier previously provided to `fs/watch`.
   */
  readonly watchId: string
}
const $FsUnwatchParams = lazy("FsUnwatchParams", (): Schema.Schema<FsUnwatchParams> => Schema.Struct({
  watchId: Schema.String
}))
/**
 * The schema of {@link FsUnwatchParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FsUnwatchParams: Schema.Schema<FsUnwatchParams> = exported("FsUnwatchParams", $FsUnwatchParams)

/**
 * Start filesystem watch notifications for an absolute path.
 *
 * @since 0.1.0
 * @category models
 */
export interface FsWatchParams {
  /**
   * Absolute file or directory path to watch.
   */
  readonly path: AbsolutePathBuf
  /**
   * Connection-scoped watch identifier used for `fs/unwatch` and `fs/changed`.
   */
  readonly watchId: string
}
const $FsWatchParams = lazy("FsWatchParams", (): Schema.Schema<FsWatchParams> => Schema.Struct({
  path: $AbsolutePathBuf(),
  watchId: Schema.String
}))
/**
 * The schema of {@link FsWatchParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FsWatchParams: Schema.Schema<FsWatchParams> = exported("FsWatchParams", $FsWatchParams)

/**
 * Write a file on the host filesystem.
 *
 * @since 0.1.0
 * @category models
 */
export interface FsWriteFileParams {
  /**
   * File contents encoded as base64.
   */
  readonly dataBase64: string
  /**
   * Absolute path to write.
   */
  readonly path: AbsolutePathBuf
}
const $FsWriteFileParams = lazy("FsWriteFileParams", (): Schema.Schema<FsWriteFileParams> => Schema.Struct({
  dataBase64: Schema.String,
  path: $AbsolutePathBuf()
}))
/**
 * The schema of {@link FsWriteFileParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FsWriteFileParams: Schema.Schema<FsWriteFileParams> = exported("FsWriteFileParams", $FsWriteFileParams)

/**
 * The `FuzzyFileSearchParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface FuzzyFileSearchParams {
  readonly cancellationToken?: string | null
  readonly query: string
  readonly roots: ReadonlyArray<string>
}
const $FuzzyFileSearchParams = lazy("FuzzyFileSearchParams", (): Schema.Schema<FuzzyFileSearchParams> => Schema.Struct({
  cancellationToken: optional(Schema.NullOr(Schema.String)),
  query: Schema.String,
  roots: Schema.Array(Schema.String)
}))
/**
 * The schema of {@link FuzzyFileSearchParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FuzzyFileSearchParams: Schema.Schema<FuzzyFileSearchParams> = exported("FuzzyFileSearchParams", $FuzzyFileSearchParams)

/**
 * The `FuzzyFileSearchSessionStartParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface FuzzyFileSearchSessionStartParams {
  readonly roots: ReadonlyArray<string>
  readonly sessionId: string
}
const $FuzzyFileSearchSessionStartParams = lazy("FuzzyFileSearchSessionStartParams", (): Schema.Schema<FuzzyFileSearchSessionStartParams> => Schema.Struct({
  roots: Schema.Array(Schema.String),
  sessionId: Schema.String
}))
/**
 * The schema of {@link FuzzyFileSearchSessionStartParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FuzzyFileSearchSessionStartParams: Schema.Schema<FuzzyFileSearchSessionStartParams> = exported("FuzzyFileSearchSessionStartParams", $FuzzyFileSearchSessionStartParams)

/**
 * The `FuzzyFileSearchSessionStopParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface FuzzyFileSearchSessionStopParams {
  readonly sessionId: string
}
const $FuzzyFileSearchSessionStopParams = lazy("FuzzyFileSearchSessionStopParams", (): Schema.Schema<FuzzyFileSearchSessionStopParams> => Schema.Struct({
  sessionId: Schema.String
}))
/**
 * The schema of {@link FuzzyFileSearchSessionStopParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FuzzyFileSearchSessionStopParams: Schema.Schema<FuzzyFileSearchSessionStopParams> = exported("FuzzyFileSearchSessionStopParams", $FuzzyFileSearchSessionStopParams)

/**
 * The `FuzzyFileSearchSessionUpdateParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface FuzzyFileSearchSessionUpdateParams {
  readonly query: string
  readonly sessionId: string
}
const $FuzzyFileSearchSessionUpdateParams = lazy("FuzzyFileSearchSessionUpdateParams", (): Schema.Schema<FuzzyFileSearchSessionUpdateParams> => Schema.Struct({
  query: Schema.String,
  sessionId: Schema.String
}))
/**
 * The schema of {@link FuzzyFileSearchSessionUpdateParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FuzzyFileSearchSessionUpdateParams: Schema.Schema<FuzzyFileSearchSessionUpdateParams> = exported("FuzzyFileSearchSessionUpdateParams", $FuzzyFileSearchSessionUpdateParams)

/**
 * Authorize a configured provider without changing the default or any thread's provider.
 *
 * @since 0.1.0
 * @category models
 */
export interface GatewayOAuthLoginParams {
  /**
   * Select device authorization when the server advertises support for it.
   */
  readonly deviceAuth?: boolean
  /**
   * Defaults to the current provider when omitted.
   */
  readonly modelProvider?: string | null
}
const $GatewayOAuthLoginParams = lazy("GatewayOAuthLoginParams", (): Schema.Schema<GatewayOAuthLoginParams> => Schema.Struct({
  deviceAuth: optional(Schema.Boolean),
  modelProvider: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link GatewayOAuthLoginParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const GatewayOAuthLoginParams: Schema.Schema<GatewayOAuthLoginParams> = exported("GatewayOAuthLoginParams", $GatewayOAuthLoginParams)

/**
 * Read credential readiness for a configured provider without starting browser login.
 *
 * @since 0.1.0
 * @category models
 */
export interface GatewayOAuthReadParams {
  /**
   * Defaults to the current provider when omitted.
   */
  readonly modelProvider?: string | null
}
const $GatewayOAuthReadParams = lazy("GatewayOAuthReadParams", (): Schema.Schema<GatewayOAuthReadParams> => Schema.Struct({
  modelProvider: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link GatewayOAuthReadParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const GatewayOAuthReadParams: Schema.Schema<GatewayOAuthReadParams> = exported("GatewayOAuthReadParams", $GatewayOAuthReadParams)

/**
 * The `GcpSetupParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface GcpSetupParams {
  /**
   * Absolute path to a credential file on the app-server host. Omit or pass `null` to clear the active user configuration's override and use ADC. If another configuration layer would still supply a credential file, setup fails without saving changes.
   */
  readonly credentialFile?: string | null
  /**
   * Vertex AI location. Omission or null selects `global`.
   */
  readonly location?: string | null
  readonly projectId: string
}
const $GcpSetupParams = lazy("GcpSetupParams", (): Schema.Schema<GcpSetupParams> => Schema.Struct({
  credentialFile: optional(Schema.NullOr(Schema.String)),
  location: optional(Schema.NullOr(Schema.String)),
  projectId: Schema.String
}))
/**
 * The schema of {@link GcpSetupParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const GcpSetupParams: Schema.Schema<GcpSetupParams> = exported("GcpSetupParams", $GcpSetupParams)

/**
 * The `GetAccountParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface GetAccountParams {
  /**
   * When `true`, requests a proactive token refresh before returning.
   *
   * In managed auth mode this triggers the normal refresh-token flow. In external auth mode this flag is ignored. Clients should refresh tokens themselves and call `account/login/start` with `chatgptAuthTokens`.
   */
  readonly refreshToken?: boolean
}
const $GetAccountParams = lazy("GetAccountParams", (): Schema.Schema<GetAccountParams> => Schema.Struct({
  refreshToken: optional(Schema.Boolean)
}))
/**
 * The schema of {@link GetAccountParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const GetAccountParams: Schema.Schema<GetAccountParams> = exported("GetAccountParams", $GetAccountParams)

/**
 * Usage-read capabilities of the requesting client, never inferred from its experiment arm.
 *
 * @since 0.1.0
 * @category models
 */
export interface GetAccountRateLimitsParams {
  /**
   * Skip the separate reset-credit detail lookup for background usage polls. The usage response still includes the available count; omitted/false preserves detailed reads.
   */
  readonly excludeResetCreditDetails?: boolean
  /**
   * The client supports automatic Luna Reserve fallback. For eligible ChatGPT CLI users, allow the backend to record experiment exposure after ordinary usage is blocked.
   */
  readonly supportsLunaReserve?: boolean
}
const $GetAccountRateLimitsParams = lazy("GetAccountRateLimitsParams", (): Schema.Schema<GetAccountRateLimitsParams> => Schema.Struct({
  excludeResetCreditDetails: optional(Schema.Boolean),
  supportsLunaReserve: optional(Schema.Boolean)
}))
/**
 * The schema of {@link GetAccountRateLimitsParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const GetAccountRateLimitsParams: Schema.Schema<GetAccountRateLimitsParams> = exported("GetAccountRateLimitsParams", $GetAccountRateLimitsParams)

/**
 * The `GetAccountTokenUsageParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface GetAccountTokenUsageParams {
  /**
   * When present, read estimated usage for this thread instead of account-wide token activity.
   */
  readonly threadId?: string | null
}
const $GetAccountTokenUsageParams = lazy("GetAccountTokenUsageParams", (): Schema.Schema<GetAccountTokenUsageParams> => Schema.Struct({
  threadId: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link GetAccountTokenUsageParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const GetAccountTokenUsageParams: Schema.Schema<GetAccountTokenUsageParams> = exported("GetAccountTokenUsageParams", $GetAccountTokenUsageParams)

/**
 * The `HooksListParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface HooksListParams {
  /**
   * Working directories to inspect when no thread is specified. An empty list uses the session cwd.
   */
  readonly cwds?: ReadonlyArray<string>
  /**
   * List a loaded thread's hooks, including its selected environments. Omit `cwds` in this mode.
   */
  readonly threadId?: string | null
}
const $HooksListParams = lazy("HooksListParams", (): Schema.Schema<HooksListParams> => Schema.Struct({
  cwds: optional(Schema.Array(Schema.String)),
  threadId: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link HooksListParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const HooksListParams: Schema.Schema<HooksListParams> = exported("HooksListParams", $HooksListParams)

/**
 * Client-declared capabilities negotiated during initialize.
 *
 * @since 0.1.0
 * @category models
 */
export interface InitializeCapabilities {
  /**
   * Opt into receiving experimental API methods and fields.
   */
  readonly experimentalApi?: boolean
  /**
   * Use explicit gateway OAuth login instead of automatic browser authorization. Applies to this app-server's gateway runtime; later connections cannot undo it.
   */
  readonly explicitGatewayOauth?: boolean
  /**
   * MCP extension settings declared by the app-server client.
   */
  readonly extensions?: { readonly [key: string]: unknown } | null
  /**
   * Legacy opt-in for the `openai/form` MCP extension.
   *
   * New clients should declare `openai/form` in [`Self::extensions`].
   */
  readonly mcpServerOpenaiFormElicitation?: boolean
  /**
   * Exact notification method names that should be suppressed for this connection (for example `thread/started`).
   */
  readonly optOutNotificationMethods?: ReadonlyArray<string> | null
  /**
   * Opt into `attestation/generate` requests for upstream `x-oai-attestation`.
   */
  readonly requestAttestation?: boolean
  /**
   * Present `humanCommand` approvals to a person and return only a one-time decision. Requires `experimentalApi`. Pending requests can be replayed to compatible clients.
   */
  readonly requiredHumanApproval?: boolean
}
const $InitializeCapabilities = lazy("InitializeCapabilities", (): Schema.Schema<InitializeCapabilities> => Schema.Struct({
  experimentalApi: optional(Schema.Boolean),
  explicitGatewayOauth: optional(Schema.Boolean),
  extensions: optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.Unknown }))),
  mcpServerOpenaiFormElicitation: optional(Schema.Boolean),
  optOutNotificationMethods: optional(Schema.NullOr(Schema.Array(Schema.String))),
  requestAttestation: optional(Schema.Boolean),
  requiredHumanApproval: optional(Schema.Boolean)
}))
/**
 * The schema of {@link InitializeCapabilities}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const InitializeCapabilities: Schema.Schema<InitializeCapabilities> = exported("InitializeCapabilities", $InitializeCapabilities)

/**
 * The `InitializeParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface InitializeParams {
  readonly capabilities?: InitializeCapabilities | null
  readonly clientInfo: ClientInfo
}
const $InitializeParams = lazy("InitializeParams", (): Schema.Schema<InitializeParams> => Schema.Struct({
  capabilities: optional(Schema.NullOr($InitializeCapabilities())),
  clientInfo: $ClientInfo()
}))
/**
 * The schema of {@link InitializeParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const InitializeParams: Schema.Schema<InitializeParams> = exported("InitializeParams", $InitializeParams)

/**
 * The `McpServerStatusDetail` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type McpServerStatusDetail = "full" | "toolsAndAuthOnly"
const $McpServerStatusDetail = lazy("McpServerStatusDetail", (): Schema.Schema<McpServerStatusDetail> => Schema.Literal("full", "toolsAndAuthOnly"))
/**
 * The schema of {@link McpServerStatusDetail}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpServerStatusDetail: Schema.Schema<McpServerStatusDetail> = exported("McpServerStatusDetail", $McpServerStatusDetail)

/**
 * The `ListMcpServerStatusParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ListMcpServerStatusParams {
  /**
   * Opaque pagination cursor returned by a previous call.
   */
  readonly cursor?: string | null
  /**
   * Controls how much MCP inventory data to fetch for each server. Defaults to `Full` when omitted.
   */
  readonly detail?: McpServerStatusDetail | null
  /**
   * Select this environment's registration. Requires `serverName` and `threadId`. When omitted, a named request uses the same server as older clients.
   */
  readonly environmentId?: string | null
  /**
   * Optional page size; defaults to a server-defined value.
   */
  readonly limit?: number | null
  /**
   * Limit discovery to one server. With a thread ID, reuse that thread's MCP connection.
   */
  readonly serverName?: string | null
  readonly threadId?: string | null
}
const $ListMcpServerStatusParams = lazy("ListMcpServerStatusParams", (): Schema.Schema<ListMcpServerStatusParams> => Schema.Struct({
  cursor: optional(Schema.NullOr(Schema.String)),
  detail: optional(Schema.NullOr($McpServerStatusDetail())),
  environmentId: optional(Schema.NullOr(Schema.String)),
  limit: optional(Schema.NullOr(Schema.Int)),
  serverName: optional(Schema.NullOr(Schema.String)),
  threadId: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link ListMcpServerStatusParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ListMcpServerStatusParams: Schema.Schema<ListMcpServerStatusParams> = exported("ListMcpServerStatusParams", $ListMcpServerStatusParams)

/**
 * The `LoginAppBrand` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type LoginAppBrand = "codex" | "chatgpt"
const $LoginAppBrand = lazy("LoginAppBrand", (): Schema.Schema<LoginAppBrand> => Schema.Literal("codex", "chatgpt"))
/**
 * The schema of {@link LoginAppBrand}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const LoginAppBrand: Schema.Schema<LoginAppBrand> = exported("LoginAppBrand", $LoginAppBrand)

/**
 * The `LoginAccountParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type LoginAccountParams = {
  readonly apiKey: string
  readonly type: "apiKey"
} | {
  readonly appBrand?: LoginAppBrand | null
  readonly codexStreamlinedLogin?: boolean
  readonly type: "chatgpt"
  readonly useHostedLoginSuccessPage?: boolean
} | {
  readonly type: "chatgptDeviceCode"
} | {
  /**
   * Access token (JWT) supplied by the client. This token is used for backend API requests and email extraction.
   */
  readonly accessToken: string
  /**
   * Workspace/account identifier supplied by the client.
   */
  readonly chatgptAccountId: string
  /**
   * Optional plan type supplied by the client.
   *
   * When `null`, Codex attempts to derive the plan type from access-token claims. If unavailable, the plan defaults to `unknown`.
   */
  readonly chatgptPlanType?: string | null
  readonly type: "chatgptAuthTokens"
} | {
  readonly apiKey: string
  readonly region: string
  readonly type: "amazonBedrock"
} | {
  readonly accessKeyId: string
  readonly region: string
  readonly secretAccessKey: string
  readonly sessionToken?: string | null
  readonly type: "amazonBedrockAccessKeys"
}
const $LoginAccountParams = lazy("LoginAccountParams", (): Schema.Schema<LoginAccountParams> => Schema.Union(Schema.Struct({
  apiKey: Schema.String,
  type: Schema.Literal("apiKey")
}), Schema.Struct({
  appBrand: optional(Schema.NullOr($LoginAppBrand())),
  codexStreamlinedLogin: optional(Schema.Boolean),
  type: Schema.Literal("chatgpt"),
  useHostedLoginSuccessPage: optional(Schema.Boolean)
}), Schema.Struct({
  type: Schema.Literal("chatgptDeviceCode")
}), Schema.Struct({
  accessToken: Schema.String,
  chatgptAccountId: Schema.String,
  chatgptPlanType: optional(Schema.NullOr(Schema.String)),
  type: Schema.Literal("chatgptAuthTokens")
}), Schema.Struct({
  apiKey: Schema.String,
  region: Schema.String,
  type: Schema.Literal("amazonBedrock")
}), Schema.Struct({
  accessKeyId: Schema.String,
  region: Schema.String,
  secretAccessKey: Schema.String,
  sessionToken: optional(Schema.NullOr(Schema.String)),
  type: Schema.Literal("amazonBedrockAccessKeys")
})))
/**
 * The schema of {@link LoginAccountParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const LoginAccountParams: Schema.Schema<LoginAccountParams> = exported("LoginAccountParams", $LoginAccountParams)

/**
 * The `MarketplaceAddParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface MarketplaceAddParams {
  readonly refName?: string | null
  readonly source: string
  readonly sparsePaths?: ReadonlyArray<string> | null
}
const $MarketplaceAddParams = lazy("MarketplaceAddParams", (): Schema.Schema<MarketplaceAddParams> => Schema.Struct({
  refName: optional(Schema.NullOr(Schema.String)),
  source: Schema.String,
  sparsePaths: optional(Schema.NullOr(Schema.Array(Schema.String)))
}))
/**
 * The schema of {@link MarketplaceAddParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const MarketplaceAddParams: Schema.Schema<MarketplaceAddParams> = exported("MarketplaceAddParams", $MarketplaceAddParams)

/**
 * The `MarketplaceRemoveParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface MarketplaceRemoveParams {
  readonly marketplaceName: string
}
const $MarketplaceRemoveParams = lazy("MarketplaceRemoveParams", (): Schema.Schema<MarketplaceRemoveParams> => Schema.Struct({
  marketplaceName: Schema.String
}))
/**
 * The schema of {@link MarketplaceRemoveParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const MarketplaceRemoveParams: Schema.Schema<MarketplaceRemoveParams> = exported("MarketplaceRemoveParams", $MarketplaceRemoveParams)

/**
 * The `MarketplaceUpgradeParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface MarketplaceUpgradeParams {
  readonly marketplaceName?: string | null
}
const $MarketplaceUpgradeParams = lazy("MarketplaceUpgradeParams", (): Schema.Schema<MarketplaceUpgradeParams> => Schema.Struct({
  marketplaceName: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link MarketplaceUpgradeParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const MarketplaceUpgradeParams: Schema.Schema<MarketplaceUpgradeParams> = exported("MarketplaceUpgradeParams", $MarketplaceUpgradeParams)

/**
 * The `McpResourceReadTarget` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface McpResourceReadTarget {
  readonly connectorId: string
  /**
   * Null explicitly requests no-auth access, subject to the app's resource policy.
   */
  readonly linkId: string | null
}
const $McpResourceReadTarget = lazy("McpResourceReadTarget", (): Schema.Schema<McpResourceReadTarget> => Schema.Struct({
  connectorId: Schema.String,
  linkId: Schema.NullOr(Schema.String)
}))
/**
 * The schema of {@link McpResourceReadTarget}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpResourceReadTarget: Schema.Schema<McpResourceReadTarget> = exported("McpResourceReadTarget", $McpResourceReadTarget)

/**
 * The `McpResourceReadParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface McpResourceReadParams {
  /**
   * Additional MCP request metadata. Account and turn routing keys are reserved.
   */
  readonly _meta?: { readonly [key: string]: unknown } | null
  readonly connectorId?: string | null
  /**
   * Exact registration scope; omission preserves legacy name-only selection.
   */
  readonly environmentId?: string | null
  /**
   * Originating MCP tool call used to select the resource's app.
   */
  readonly originCallId?: string | null
  readonly server: string
  /**
   * Explicit hosted app/account. Omit to retain legacy resource discovery.
   */
  readonly target?: McpResourceReadTarget | null
  readonly threadId?: string | null
  readonly uri: string
}
const $McpResourceReadParams = lazy("McpResourceReadParams", (): Schema.Schema<McpResourceReadParams> => Schema.Struct({
  _meta: optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.Unknown }))),
  connectorId: optional(Schema.NullOr(Schema.String)),
  environmentId: optional(Schema.NullOr(Schema.String)),
  originCallId: optional(Schema.NullOr(Schema.String)),
  server: Schema.String,
  target: optional(Schema.NullOr($McpResourceReadTarget())),
  threadId: optional(Schema.NullOr(Schema.String)),
  uri: Schema.String
}))
/**
 * The schema of {@link McpResourceReadParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpResourceReadParams: Schema.Schema<McpResourceReadParams> = exported("McpResourceReadParams", $McpResourceReadParams)

/**
 * The `McpServerEventStreamStartParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface McpServerEventStreamStartParams {
  readonly _meta?: unknown
  readonly arguments: unknown
  readonly name: string
  readonly server: string
  readonly subscriptionId: string
  readonly threadId: string
}
const $McpServerEventStreamStartParams = lazy("McpServerEventStreamStartParams", (): Schema.Schema<McpServerEventStreamStartParams> => Schema.Struct({
  _meta: optional(Schema.Unknown),
  arguments: Schema.Unknown,
  name: Schema.String,
  server: Schema.String,
  subscriptionId: Schema.String,
  threadId: Schema.String
}))
/**
 * The schema of {@link McpServerEventStreamStartParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpServerEventStreamStartParams: Schema.Schema<McpServerEventStreamStartParams> = exported("McpServerEventStreamStartParams", $McpServerEventStreamStartParams)

/**
 * The `McpServerEventStreamStopParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface McpServerEventStreamStopParams {
  readonly subscriptionId: string
}
const $McpServerEventStreamStopParams = lazy("McpServerEventStreamStopParams", (): Schema.Schema<McpServerEventStreamStopParams> => Schema.Struct({
  subscriptionId: Schema.String
}))
/**
 * The schema of {@link McpServerEventStreamStopParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpServerEventStreamStopParams: Schema.Schema<McpServerEventStreamStopParams> = exported("McpServerEventStreamStopParams", $McpServerEventStreamStopParams)

/**
 * The `McpServerOauthClientRegistration` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type McpServerOauthClientRegistration = "auto" | "cimd" | "dcr"
const $McpServerOauthClientRegistration = lazy("McpServerOauthClientRegistration", (): Schema.Schema<McpServerOauthClientRegistration> => Schema.Literal("auto", "cimd", "dcr"))
/**
 * The schema of {@link McpServerOauthClientRegistration}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpServerOauthClientRegistration: Schema.Schema<McpServerOauthClientRegistration> = exported("McpServerOauthClientRegistration", $McpServerOauthClientRegistration)

/**
 * The `McpServerOauthLoginParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface McpServerOauthLoginParams {
  /**
   * Registration strategy for this login only; omission selects automatic discovery.
   */
  readonly clientRegistration?: McpServerOauthClientRegistration | null
  /**
   * Exact registration scope; omission preserves legacy name-only selection.
   */
  readonly environmentId?: string | null
  readonly name: string
  readonly scopes?: ReadonlyArray<string> | null
  readonly threadId?: string | null
  readonly timeoutSecs?: number | null
}
const $McpServerOauthLoginParams = lazy("McpServerOauthLoginParams", (): Schema.Schema<McpServerOauthLoginParams> => Schema.Struct({
  clientRegistration: optional(Schema.NullOr($McpServerOauthClientRegistration())),
  environmentId: optional(Schema.NullOr(Schema.String)),
  name: Schema.String,
  scopes: optional(Schema.NullOr(Schema.Array(Schema.String))),
  threadId: optional(Schema.NullOr(Schema.String)),
  timeoutSecs: optional(Schema.NullOr(Schema.Number))
}))
/**
 * The schema of {@link McpServerOauthLoginParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpServerOauthLoginParams: Schema.Schema<McpServerOauthLoginParams> = exported("McpServerOauthLoginParams", $McpServerOauthLoginParams)

/**
 * The `McpServerToolCallParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface McpServerToolCallParams {
  readonly _meta?: unknown
  readonly arguments?: unknown
  /**
   * Exact registration scope; omission preserves legacy name-only selection.
   */
  readonly environmentId?: string | null
  readonly server: string
  readonly threadId: string
  readonly tool: string
}
const $McpServerToolCallParams = lazy("McpServerToolCallParams", (): Schema.Schema<McpServerToolCallParams> => Schema.Struct({
  _meta: optional(Schema.Unknown),
  arguments: optional(Schema.Unknown),
  environmentId: optional(Schema.NullOr(Schema.String)),
  server: Schema.String,
  threadId: Schema.String,
  tool: Schema.String
}))
/**
 * The schema of {@link McpServerToolCallParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpServerToolCallParams: Schema.Schema<McpServerToolCallParams> = exported("McpServerToolCallParams", $McpServerToolCallParams)

/**
 * The `MemoryStatusParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface MemoryStatusParams {
  /**
   * Required distinct consolidated threads. Defaults to 20; supported range is 1..=4096.
   */
  readonly minConsolidatedThreads?: number | null
}
const $MemoryStatusParams = lazy("MemoryStatusParams", (): Schema.Schema<MemoryStatusParams> => Schema.Struct({
  minConsolidatedThreads: optional(Schema.NullOr(Schema.Int))
}))
/**
 * The schema of {@link MemoryStatusParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const MemoryStatusParams: Schema.Schema<MemoryStatusParams> = exported("MemoryStatusParams", $MemoryStatusParams)

/**
 * The `MockExperimentalMethodParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface MockExperimentalMethodParams {
  /**
   * Test-only payload field.
   */
  readonly value?: string | null
}
const $MockExperimentalMethodParams = lazy("MockExperimentalMethodParams", (): Schema.Schema<MockExperimentalMethodParams> => Schema.Struct({
  value: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link MockExperimentalMethodParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const MockExperimentalMethodParams: Schema.Schema<MockExperimentalMethodParams> = exported("MockExperimentalMethodParams", $MockExperimentalMethodParams)

/**
 * The `ModelListParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ModelListParams {
  /**
   * Opaque pagination cursor returned by a previous call.
   */
  readonly cursor?: string | null
  /**
   * When true, include models that are hidden from the default picker list.
   */
  readonly includeHidden?: boolean | null
  /**
   * Optional page size; defaults to a reasonable server-side value.
   */
  readonly limit?: number | null
  /**
   * List models for this configured provider instead of the app-server default.
   */
  readonly modelProvider?: string | null
}
const $ModelListParams = lazy("ModelListParams", (): Schema.Schema<ModelListParams> => Schema.Struct({
  cursor: optional(Schema.NullOr(Schema.String)),
  includeHidden: optional(Schema.NullOr(Schema.Boolean)),
  limit: optional(Schema.NullOr(Schema.Int)),
  modelProvider: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link ModelListParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ModelListParams: Schema.Schema<ModelListParams> = exported("ModelListParams", $ModelListParams)

/**
 * The `ModelProviderCapabilitiesReadParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ModelProviderCapabilitiesReadParams = { readonly [key: string]: unknown }
const $ModelProviderCapabilitiesReadParams = lazy("ModelProviderCapabilitiesReadParams", (): Schema.Schema<ModelProviderCapabilitiesReadParams> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link ModelProviderCapabilitiesReadParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ModelProviderCapabilitiesReadParams: Schema.Schema<ModelProviderCapabilitiesReadParams> = exported("ModelProviderCapabilitiesReadParams", $ModelProviderCapabilitiesReadParams)

/**
 * The `GcpProviderId` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type GcpProviderId = "gcp"
const $GcpProviderId = lazy("GcpProviderId", (): Schema.Schema<GcpProviderId> => Schema.Literal("gcp"))
/**
 * The schema of {@link GcpProviderId}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const GcpProviderId: Schema.Schema<GcpProviderId> = exported("GcpProviderId", $GcpProviderId)

/**
 * Omitted patch fields preserve their values. Explicit null clears a nullable field.
 *
 * @since 0.1.0
 * @category models
 */
export type ProviderSettingsPatch = {
  readonly baseUrl?: string | null
  readonly envKey?: string | null
  readonly name?: string
  /**
   * Omit or pass null to allocate a new custom provider ID.
   */
  readonly providerId?: string | null
  readonly type: "customGateway"
} | {
  readonly profile?: string | null
  readonly providerId: BedrockProviderId
  readonly region?: string | null
  readonly type: "bedrock"
} | {
  readonly credentialFile?: string | null
  readonly location?: string | null
  readonly projectId?: string | null
  readonly providerId: GcpProviderId
  readonly type: "gcp"
}
const $ProviderSettingsPatch = lazy("ProviderSettingsPatch", (): Schema.Schema<ProviderSettingsPatch> => Schema.Union(Schema.Struct({
  baseUrl: optional(Schema.NullOr(Schema.String)),
  envKey: optional(Schema.NullOr(Schema.String)),
  name: optional(Schema.String),
  providerId: optional(Schema.NullOr(Schema.String)),
  type: Schema.Literal("customGateway")
}), Schema.Struct({
  profile: optional(Schema.NullOr(Schema.String)),
  providerId: $BedrockProviderId(),
  region: optional(Schema.NullOr(Schema.String)),
  type: Schema.Literal("bedrock")
}), Schema.Struct({
  credentialFile: optional(Schema.NullOr(Schema.String)),
  location: optional(Schema.NullOr(Schema.String)),
  projectId: optional(Schema.NullOr(Schema.String)),
  providerId: $GcpProviderId(),
  type: Schema.Literal("gcp")
})))
/**
 * The schema of {@link ProviderSettingsPatch}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ProviderSettingsPatch: Schema.Schema<ProviderSettingsPatch> = exported("ProviderSettingsPatch", $ProviderSettingsPatch)

/**
 * The `ModelProviderConfigWriteParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ModelProviderConfigWriteParams {
  readonly settings: ProviderSettingsPatch
}
const $ModelProviderConfigWriteParams = lazy("ModelProviderConfigWriteParams", (): Schema.Schema<ModelProviderConfigWriteParams> => Schema.Struct({
  settings: $ProviderSettingsPatch()
}))
/**
 * The schema of {@link ModelProviderConfigWriteParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ModelProviderConfigWriteParams: Schema.Schema<ModelProviderConfigWriteParams> = exported("ModelProviderConfigWriteParams", $ModelProviderConfigWriteParams)

/**
 * The `ModelProviderDefaultSetParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ModelProviderDefaultSetParams {
  /**
   * Configured provider to use by default for new threads and unscoped model lists.
   */
  readonly providerId: string
}
const $ModelProviderDefaultSetParams = lazy("ModelProviderDefaultSetParams", (): Schema.Schema<ModelProviderDefaultSetParams> => Schema.Struct({
  providerId: Schema.String
}))
/**
 * The schema of {@link ModelProviderDefaultSetParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ModelProviderDefaultSetParams: Schema.Schema<ModelProviderDefaultSetParams> = exported("ModelProviderDefaultSetParams", $ModelProviderDefaultSetParams)

/**
 * The `ModelProviderListParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ModelProviderListParams = { readonly [key: string]: unknown }
const $ModelProviderListParams = lazy("ModelProviderListParams", (): Schema.Schema<ModelProviderListParams> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link ModelProviderListParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ModelProviderListParams: Schema.Schema<ModelProviderListParams> = exported("ModelProviderListParams", $ModelProviderListParams)

/**
 * The `PermissionProfileListParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface PermissionProfileListParams {
  /**
   * Opaque pagination cursor returned by a previous call.
   */
  readonly cursor?: string | null
  /**
   * Optional working directory to resolve project config layers.
   */
  readonly cwd?: string | null
  /**
   * Optional page size; defaults to the full result set.
   */
  readonly limit?: number | null
}
const $PermissionProfileListParams = lazy("PermissionProfileListParams", (): Schema.Schema<PermissionProfileListParams> => Schema.Struct({
  cursor: optional(Schema.NullOr(Schema.String)),
  cwd: optional(Schema.NullOr(Schema.String)),
  limit: optional(Schema.NullOr(Schema.Int))
}))
/**
 * The schema of {@link PermissionProfileListParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PermissionProfileListParams: Schema.Schema<PermissionProfileListParams> = exported("PermissionProfileListParams", $PermissionProfileListParams)

/**
 * The `PluginInstallParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface PluginInstallParams {
  /**
   * Client-generated identifier used to correlate one installation attempt.
   */
  readonly installAttemptId?: string | null
  readonly marketplacePath?: AbsolutePathBuf | null
  readonly pluginName: string
  readonly remoteMarketplaceName?: string | null
}
const $PluginInstallParams = lazy("PluginInstallParams", (): Schema.Schema<PluginInstallParams> => Schema.Struct({
  installAttemptId: optional(Schema.NullOr(Schema.String)),
  marketplacePath: optional(Schema.NullOr($AbsolutePathBuf())),
  pluginName: Schema.String,
  remoteMarketplaceName: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link PluginInstallParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PluginInstallParams: Schema.Schema<PluginInstallParams> = exported("PluginInstallParams", $PluginInstallParams)

/**
 * The `PluginInstalledParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface PluginInstalledParams {
  /**
   * Optional working directories used to discover repo marketplaces.
   */
  readonly cwds?: ReadonlyArray<AbsolutePathBuf> | null
  /**
   * Additional uninstalled plugin names that should be returned when present locally. This is used by mention surfaces that intentionally expose install entrypoints.
   */
  readonly installSuggestionPluginNames?: ReadonlyArray<string> | null
}
const $PluginInstalledParams = lazy("PluginInstalledParams", (): Schema.Schema<PluginInstalledParams> => Schema.Struct({
  cwds: optional(Schema.NullOr(Schema.Array($AbsolutePathBuf()))),
  installSuggestionPluginNames: optional(Schema.NullOr(Schema.Array(Schema.String)))
}))
/**
 * The schema of {@link PluginInstalledParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PluginInstalledParams: Schema.Schema<PluginInstalledParams> = exported("PluginInstalledParams", $PluginInstalledParams)

/**
 * The `PluginListMarketplaceKind` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type PluginListMarketplaceKind = "local" | "vertical" | "workspace-directory" | "shared-with-me" | "created-by-me-remote"
const $PluginListMarketplaceKind = lazy("PluginListMarketplaceKind", (): Schema.Schema<PluginListMarketplaceKind> => Schema.Literal("local", "vertical", "workspace-directory", "shared-with-me", "created-by-me-remote"))
/**
 * The schema of {@link PluginListMarketplaceKind}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PluginListMarketplaceKind: Schema.Schema<PluginListMarketplaceKind> = exported("PluginListMarketplaceKind", $PluginListMarketplaceKind)

/**
 * The `PluginListParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface PluginListParams {
  /**
   * Optional working directories used to discover repo marketplaces. When omitted, only home-scoped marketplaces and the official curated marketplace are considered.
   */
  readonly cwds?: ReadonlyArray<AbsolutePathBuf> | null
  /**
   * Whether the client requests a fresh remote plugin catalog fetch.
   */
  readonly forceRefetch?: boolean
  /**
   * Optional marketplace kind filter. When omitted, only local marketplaces are queried, plus the default remote catalog when enabled by feature flag.
   */
  readonly marketplaceKinds?: ReadonlyArray<PluginListMarketplaceKind> | null
}
const $PluginListParams = lazy("PluginListParams", (): Schema.Schema<PluginListParams> => Schema.Struct({
  cwds: optional(Schema.NullOr(Schema.Array($AbsolutePathBuf()))),
  forceRefetch: optional(Schema.Boolean),
  marketplaceKinds: optional(Schema.NullOr(Schema.Array($PluginListMarketplaceKind())))
}))
/**
 * The schema of {@link PluginListParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PluginListParams: Schema.Schema<PluginListParams> = exported("PluginListParams", $PluginListParams)

/**
 * The `PluginReadParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface PluginReadParams {
  readonly marketplacePath?: AbsolutePathBuf | null
  readonly pluginName: string
  readonly remoteMarketplaceName?: string | null
}
const $PluginReadParams = lazy("PluginReadParams", (): Schema.Schema<PluginReadParams> => Schema.Struct({
  marketplacePath: optional(Schema.NullOr($AbsolutePathBuf())),
  pluginName: Schema.String,
  remoteMarketplaceName: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link PluginReadParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PluginReadParams: Schema.Schema<PluginReadParams> = exported("PluginReadParams", $PluginReadParams)

/**
 * The `PluginReconcileParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface PluginReconcileParams {
  /**
   * Optional client-provided reason recorded with the reconciliation attempt.
   */
  readonly reason?: string | null
}
const $PluginReconcileParams = lazy("PluginReconcileParams", (): Schema.Schema<PluginReconcileParams> => Schema.Struct({
  reason: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link PluginReconcileParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PluginReconcileParams: Schema.Schema<PluginReconcileParams> = exported("PluginReconcileParams", $PluginReconcileParams)

/**
 * The `PluginSearchScope` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type PluginSearchScope = "global" | "workspace" | "personal"
const $PluginSearchScope = lazy("PluginSearchScope", (): Schema.Schema<PluginSearchScope> => Schema.Literal("global", "workspace", "personal"))
/**
 * The schema of {@link PluginSearchScope}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PluginSearchScope: Schema.Schema<PluginSearchScope> = exported("PluginSearchScope", $PluginSearchScope)

/**
 * The `PluginSearchParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface PluginSearchParams {
  readonly cursor?: string | null
  readonly cwds?: ReadonlyArray<AbsolutePathBuf> | null
  readonly limit?: number | null
  readonly scope?: PluginSearchScope | null
  readonly searchTerm: string
}
const $PluginSearchParams = lazy("PluginSearchParams", (): Schema.Schema<PluginSearchParams> => Schema.Struct({
  cursor: optional(Schema.NullOr(Schema.String)),
  cwds: optional(Schema.NullOr(Schema.Array($AbsolutePathBuf()))),
  limit: optional(Schema.NullOr(Schema.Int)),
  scope: optional(Schema.NullOr($PluginSearchScope())),
  searchTerm: Schema.String
}))
/**
 * The schema of {@link PluginSearchParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PluginSearchParams: Schema.Schema<PluginSearchParams> = exported("PluginSearchParams", $PluginSearchParams)

/**
 * The `PluginShareCheckoutParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface PluginShareCheckoutParams {
  readonly remotePluginId: string
}
const $PluginShareCheckoutParams = lazy("PluginShareCheckoutParams", (): Schema.Schema<PluginShareCheckoutParams> => Schema.Struct({
  remotePluginId: Schema.String
}))
/**
 * The schema of {@link PluginShareCheckoutParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PluginShareCheckoutParams: Schema.Schema<PluginShareCheckoutParams> = exported("PluginShareCheckoutParams", $PluginShareCheckoutParams)

/**
 * The `PluginShareDeleteParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface PluginShareDeleteParams {
  readonly remotePluginId: string
}
const $PluginShareDeleteParams = lazy("PluginShareDeleteParams", (): Schema.Schema<PluginShareDeleteParams> => Schema.Struct({
  remotePluginId: Schema.String
}))
/**
 * The schema of {@link PluginShareDeleteParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PluginShareDeleteParams: Schema.Schema<PluginShareDeleteParams> = exported("PluginShareDeleteParams", $PluginShareDeleteParams)

/**
 * The `PluginShareListParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type PluginShareListParams = { readonly [key: string]: unknown }
const $PluginShareListParams = lazy("PluginShareListParams", (): Schema.Schema<PluginShareListParams> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link PluginShareListParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PluginShareListParams: Schema.Schema<PluginShareListParams> = exported("PluginShareListParams", $PluginShareListParams)

/**
 * The `PluginShareDiscoverability` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type PluginShareDiscoverability = "LISTED" | "UNLISTED" | "PRIVATE"
const $PluginShareDiscoverability = lazy("PluginShareDiscoverability", (): Schema.Schema<PluginShareDiscoverability> => Schema.Literal("LISTED", "UNLISTED", "PRIVATE"))
/**
 * The schema of {@link PluginShareDiscoverability}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PluginShareDiscoverability: Schema.Schema<PluginShareDiscoverability> = exported("PluginShareDiscoverability", $PluginShareDiscoverability)

/**
 * The `PluginSharePrincipalType` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type PluginSharePrincipalType = "user" | "group" | "workspace"
const $PluginSharePrincipalType = lazy("PluginSharePrincipalType", (): Schema.Schema<PluginSharePrincipalType> => Schema.Literal("user", "group", "workspace"))
/**
 * The schema of {@link PluginSharePrincipalType}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PluginSharePrincipalType: Schema.Schema<PluginSharePrincipalType> = exported("PluginSharePrincipalType", $PluginSharePrincipalType)

/**
 * The `PluginShareTargetRole` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type PluginShareTargetRole = "reader" | "editor"
const $PluginShareTargetRole = lazy("PluginShareTargetRole", (): Schema.Schema<PluginShareTargetRole> => Schema.Literal("reader", "editor"))
/**
 * The schema of {@link PluginShareTargetRole}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PluginShareTargetRole: Schema.Schema<PluginShareTargetRole> = exported("PluginShareTargetRole", $PluginShareTargetRole)

/**
 * The `PluginShareTarget` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface PluginShareTarget {
  readonly principalId: string
  readonly principalType: PluginSharePrincipalType
  readonly role: PluginShareTargetRole
}
const $PluginShareTarget = lazy("PluginShareTarget", (): Schema.Schema<PluginShareTarget> => Schema.Struct({
  principalId: Schema.String,
  principalType: $PluginSharePrincipalType(),
  role: $PluginShareTargetRole()
}))
/**
 * The schema of {@link PluginShareTarget}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PluginShareTarget: Schema.Schema<PluginShareTarget> = exported("PluginShareTarget", $PluginShareTarget)

/**
 * The `PluginShareSaveParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface PluginShareSaveParams {
  readonly discoverability?: PluginShareDiscoverability | null
  readonly pluginPath: AbsolutePathBuf
  readonly remotePluginId?: string | null
  readonly shareTargets?: ReadonlyArray<PluginShareTarget> | null
}
const $PluginShareSaveParams = lazy("PluginShareSaveParams", (): Schema.Schema<PluginShareSaveParams> => Schema.Struct({
  discoverability: optional(Schema.NullOr($PluginShareDiscoverability())),
  pluginPath: $AbsolutePathBuf(),
  remotePluginId: optional(Schema.NullOr(Schema.String)),
  shareTargets: optional(Schema.NullOr(Schema.Array($PluginShareTarget())))
}))
/**
 * The schema of {@link PluginShareSaveParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PluginShareSaveParams: Schema.Schema<PluginShareSaveParams> = exported("PluginShareSaveParams", $PluginShareSaveParams)

/**
 * The `PluginShareUpdateDiscoverability` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type PluginShareUpdateDiscoverability = "UNLISTED" | "PRIVATE" | "LISTED"
const $PluginShareUpdateDiscoverability = lazy("PluginShareUpdateDiscoverability", (): Schema.Schema<PluginShareUpdateDiscoverability> => Schema.Literal("UNLISTED", "PRIVATE", "LISTED"))
/**
 * The schema of {@link PluginShareUpdateDiscoverability}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PluginShareUpdateDiscoverability: Schema.Schema<PluginShareUpdateDiscoverability> = exported("PluginShareUpdateDiscoverability", $PluginShareUpdateDiscoverability)

/**
 * The `PluginShareUpdateTargetsParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface PluginShareUpdateTargetsParams {
  readonly discoverability: PluginShareUpdateDiscoverability
  readonly remotePluginId: string
  readonly shareTargets: ReadonlyArray<PluginShareTarget>
}
const $PluginShareUpdateTargetsParams = lazy("PluginShareUpdateTargetsParams", (): Schema.Schema<PluginShareUpdateTargetsParams> => Schema.Struct({
  discoverability: $PluginShareUpdateDiscoverability(),
  remotePluginId: Schema.String,
  shareTargets: Schema.Array($PluginShareTarget())
}))
/**
 * The schema of {@link PluginShareUpdateTargetsParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PluginShareUpdateTargetsParams: Schema.Schema<PluginShareUpdateTargetsParams> = exported("PluginShareUpdateTargetsParams", $PluginShareUpdateTargetsParams)

/**
 * The `PluginSkillReadParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface PluginSkillReadParams {
  readonly remoteMarketplaceName: string
  readonly remotePluginId: string
  readonly skillName: string
}
const $PluginSkillReadParams = lazy("PluginSkillReadParams", (): Schema.Schema<PluginSkillReadParams> => Schema.Struct({
  remoteMarketplaceName: Schema.String,
  remotePluginId: Schema.String,
  skillName: Schema.String
}))
/**
 * The schema of {@link PluginSkillReadParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PluginSkillReadParams: Schema.Schema<PluginSkillReadParams> = exported("PluginSkillReadParams", $PluginSkillReadParams)

/**
 * The `PluginUninstallParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface PluginUninstallParams {
  readonly pluginId: string
}
const $PluginUninstallParams = lazy("PluginUninstallParams", (): Schema.Schema<PluginUninstallParams> => Schema.Struct({
  pluginId: Schema.String
}))
/**
 * The schema of {@link PluginUninstallParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PluginUninstallParams: Schema.Schema<PluginUninstallParams> = exported("PluginUninstallParams", $PluginUninstallParams)

/**
 * Terminate a running `process/spawn` session.
 *
 * @since 0.1.0
 * @category models
 */
export interface ProcessKillParams {
  /**
   * Client-supplied, connection-scoped `processHandle` from `process/spawn`.
   */
  readonly processHandle: string
}
const $ProcessKillParams = lazy("ProcessKillParams", (): Schema.Schema<ProcessKillParams> => Schema.Struct({
  processHandle: Schema.String
}))
/**
 * The schema of {@link ProcessKillParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ProcessKillParams: Schema.Schema<ProcessKillParams> = exported("ProcessKillParams", $ProcessKillParams)

/**
 * PTY size in character cells for `process/spawn` PTY sessions.
 *
 * @since 0.1.0
 * @category models
 */
export interface ProcessTerminalSize {
  /**
   * Terminal width in character cells.
   */
  readonly cols: number
  /**
   * Terminal height in character cells.
   */
  readonly rows: number
}
const $ProcessTerminalSize = lazy("ProcessTerminalSize", (): Schema.Schema<ProcessTerminalSize> => Schema.Struct({
  cols: Schema.Int,
  rows: Schema.Int
}))
/**
 * The schema of {@link ProcessTerminalSize}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ProcessTerminalSize: Schema.Schema<ProcessTerminalSize> = exported("ProcessTerminalSize", $ProcessTerminalSize)

/**
 * Resize a running PTY-backed `process/spawn` session.
 *
 * @since 0.1.0
 * @category models
 */
export interface ProcessResizePtyParams {
  /**
   * Client-supplied, connection-scoped `processHandle` from `process/spawn`.
   */
  readonly processHandle: string
  /**
   * New PTY size in character cells.
   */
  readonly size: ProcessTerminalSize
}
const $ProcessResizePtyParams = lazy("ProcessResizePtyParams", (): Schema.Schema<ProcessResizePtyParams> => Schema.Struct({
  processHandle: Schema.String,
  size: $ProcessTerminalSize()
}))
/**
 * The schema of {@link ProcessResizePtyParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ProcessResizePtyParams: Schema.Schema<ProcessResizePtyParams> = exported("ProcessResizePtyParams", $ProcessResizePtyParams)

/**
 * Spawn a standalone process (argv vector) without a Codex sandbox on the host where the app server is running.
 *
 * `process/spawn` returns after the process has started and the connection-scoped `processHandle` has been registered. Process output and exit are reported via `process/outputDelta` and `process/exited` notifications.
 *
 * @since 0.1.0
 * @category models
 */
export interface ProcessSpawnParams {
  /**
   * Command argv vector. Empty arrays are rejected.
   */
  readonly command: ReadonlyArray<string>
  /**
   * Absolute working directory for the process.
   */
  readonly cwd: AbsolutePathBuf
  /**
   * Optional environment overrides merged into the app-server process environment.
   *
   * Matching names override inherited values. Set a key to `null` to unset an inherited variable.
   */
  readonly env?: { readonly [key: string]: string | null } | null
  /**
   * Optional per-stream stdout/stderr capture cap in bytes.
   *
   * When omitted, the server default applies. Set to `null` to disable the cap.
   */
  readonly outputBytesCap?: number | null
  /**
   * Client-supplied, connection-scoped process handle.
   *
   * Duplicate active handles are rejected on the same connection. The same handle can be reused after the prior process exits.
   */
  readonly processHandle: string
  /**
   * Optional initial PTY size in character cells. Only valid when `tty` is true.
   */
  readonly size?: ProcessTerminalSize | null
  /**
   * Allow follow-up `process/writeStdin` requests to write stdin bytes.
   */
  readonly streamStdin?: boolean
  /**
   * Stream stdout/stderr via `process/outputDelta` notifications.
   *
   * Streamed bytes are not duplicated into the `process/exited` notification.
   */
  readonly streamStdoutStderr?: boolean
  /**
   * Optional timeout in milliseconds.
   *
   * When omitted, the server default applies. Set to `null` to disable the timeout.
   */
  readonly timeoutMs?: number | null
  /**
   * Enable PTY mode.
   *
   * This implies `streamStdin` and `streamStdoutStderr`.
   */
  readonly tty?: boolean
}
const $ProcessSpawnParams = lazy("ProcessSpawnParams", (): Schema.Schema<ProcessSpawnParams> => Schema.Struct({
  command: Schema.Array(Schema.String),
  cwd: $AbsolutePathBuf(),
  env: optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.NullOr(Schema.String) }))),
  outputBytesCap: optional(Schema.NullOr(Schema.Number)),
  processHandle: Schema.String,
  size: optional(Schema.NullOr($ProcessTerminalSize())),
  streamStdin: optional(Schema.Boolean),
  streamStdoutStderr: optional(Schema.Boolean),
  timeoutMs: optional(Schema.NullOr(Schema.Number)),
  tty: optional(Schema.Boolean)
}))
/**
 * The schema of {@link ProcessSpawnParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ProcessSpawnParams: Schema.Schema<ProcessSpawnParams> = exported("ProcessSpawnParams", $ProcessSpawnParams)

/**
 * Write stdin bytes to a running `process/spawn` session, close stdin, or both.
 *
 * @since 0.1.0
 * @category models
 */
export interface ProcessWriteStdinParams {
  /**
   * Close stdin after writing `deltaBase64`, if present.
   */
  readonly closeStdin?: boolean
  /**
   * Optional base64-encoded stdin bytes to write.
   */
  readonly deltaBase64?: string | null
  /**
   * Client-supplied, connection-scoped `processHandle` from `process/spawn`.
   */
  readonly processHandle: string
}
const $ProcessWriteStdinParams = lazy("ProcessWriteStdinParams", (): Schema.Schema<ProcessWriteStdinParams> => Schema.Struct({
  closeStdin: optional(Schema.Boolean),
  deltaBase64: optional(Schema.NullOr(Schema.String)),
  processHandle: Schema.String
}))
/**
 * The schema of {@link ProcessWriteStdinParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ProcessWriteStdinParams: Schema.Schema<ProcessWriteStdinParams> = exported("ProcessWriteStdinParams", $ProcessWriteStdinParams)

/**
 * The `ProjectRoot` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ProjectRoot {
  readonly path: AbsolutePathBuf
}
const $ProjectRoot = lazy("ProjectRoot", (): Schema.Schema<ProjectRoot> => Schema.Struct({
  path: $AbsolutePathBuf()
}))
/**
 * The schema of {@link ProjectRoot}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ProjectRoot: Schema.Schema<ProjectRoot> = exported("ProjectRoot", $ProjectRoot)

/**
 * The `ProjectCreateParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ProjectCreateParams {
  readonly idempotencyKey: string
  readonly metadata?: { readonly [key: string]: string } | null
  readonly name: string
  readonly roots: ReadonlyArray<ProjectRoot>
}
const $ProjectCreateParams = lazy("ProjectCreateParams", (): Schema.Schema<ProjectCreateParams> => Schema.Struct({
  idempotencyKey: Schema.String,
  metadata: optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.String }))),
  name: Schema.String,
  roots: Schema.Array($ProjectRoot())
}))
/**
 * The schema of {@link ProjectCreateParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ProjectCreateParams: Schema.Schema<ProjectCreateParams> = exported("ProjectCreateParams", $ProjectCreateParams)

/**
 * The `ProjectDeleteParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ProjectDeleteParams {
  readonly projectId: string
}
const $ProjectDeleteParams = lazy("ProjectDeleteParams", (): Schema.Schema<ProjectDeleteParams> => Schema.Struct({
  projectId: Schema.String
}))
/**
 * The schema of {@link ProjectDeleteParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ProjectDeleteParams: Schema.Schema<ProjectDeleteParams> = exported("ProjectDeleteParams", $ProjectDeleteParams)

/**
 * The `ProjectImportParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ProjectImportParams {
  readonly idempotencyKey: string
  readonly metadata?: { readonly [key: string]: string } | null
  readonly name: string
  readonly roots: ReadonlyArray<ProjectRoot>
  readonly threads?: ReadonlyArray<string> | null
}
const $ProjectImportParams = lazy("ProjectImportParams", (): Schema.Schema<ProjectImportParams> => Schema.Struct({
  idempotencyKey: Schema.String,
  metadata: optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.String }))),
  name: Schema.String,
  roots: Schema.Array($ProjectRoot()),
  threads: optional(Schema.NullOr(Schema.Array(Schema.String)))
}))
/**
 * The schema of {@link ProjectImportParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ProjectImportParams: Schema.Schema<ProjectImportParams> = exported("ProjectImportParams", $ProjectImportParams)

/**
 * The `ProjectSortKey` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ProjectSortKey = "position" | "recencyAt"
const $ProjectSortKey = lazy("ProjectSortKey", (): Schema.Schema<ProjectSortKey> => Schema.Literal("position", "recencyAt"))
/**
 * The schema of {@link ProjectSortKey}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ProjectSortKey: Schema.Schema<ProjectSortKey> = exported("ProjectSortKey", $ProjectSortKey)

/**
 * The `SortDirection` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type SortDirection = "asc" | "desc"
const $SortDirection = lazy("SortDirection", (): Schema.Schema<SortDirection> => Schema.Literal("asc", "desc"))
/**
 * The schema of {@link SortDirection}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SortDirection: Schema.Schema<SortDirection> = exported("SortDirection", $SortDirection)

/**
 * The `ProjectListParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ProjectListParams {
  readonly cursor?: string | null
  readonly limit?: number | null
  /**
   * Requires sortKey. Defaults to asc for position and desc for recencyAt.
   */
  readonly sortDirection?: SortDirection | null
  /**
   * Defaults to position. Recency sorting always places empty projects last. Use the returned order; numeric positions are not exposed in project responses.
   */
  readonly sortKey?: ProjectSortKey | null
}
const $ProjectListParams = lazy("ProjectListParams", (): Schema.Schema<ProjectListParams> => Schema.Struct({
  cursor: optional(Schema.NullOr(Schema.String)),
  limit: optional(Schema.NullOr(Schema.Int)),
  sortDirection: optional(Schema.NullOr($SortDirection())),
  sortKey: optional(Schema.NullOr($ProjectSortKey()))
}))
/**
 * The schema of {@link ProjectListParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ProjectListParams: Schema.Schema<ProjectListParams> = exported("ProjectListParams", $ProjectListParams)

/**
 * The `ProjectMoveParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ProjectMoveParams {
  /**
   * Place the project before this ID, or append it when omitted or null.
   */
  readonly beforeProjectId?: string | null
  readonly projectId: string
}
const $ProjectMoveParams = lazy("ProjectMoveParams", (): Schema.Schema<ProjectMoveParams> => Schema.Struct({
  beforeProjectId: optional(Schema.NullOr(Schema.String)),
  projectId: Schema.String
}))
/**
 * The schema of {@link ProjectMoveParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ProjectMoveParams: Schema.Schema<ProjectMoveParams> = exported("ProjectMoveParams", $ProjectMoveParams)

/**
 * The `ProjectReadParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ProjectReadParams {
  readonly projectId: string
}
const $ProjectReadParams = lazy("ProjectReadParams", (): Schema.Schema<ProjectReadParams> => Schema.Struct({
  projectId: Schema.String
}))
/**
 * The schema of {@link ProjectReadParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ProjectReadParams: Schema.Schema<ProjectReadParams> = exported("ProjectReadParams", $ProjectReadParams)

/**
 * The `ProjectUpdateParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ProjectUpdateParams {
  readonly metadata?: { readonly [key: string]: string } | null
  readonly name?: string | null
  readonly projectId: string
  readonly roots?: ReadonlyArray<ProjectRoot> | null
}
const $ProjectUpdateParams = lazy("ProjectUpdateParams", (): Schema.Schema<ProjectUpdateParams> => Schema.Struct({
  metadata: optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.String }))),
  name: optional(Schema.NullOr(Schema.String)),
  projectId: Schema.String,
  roots: optional(Schema.NullOr(Schema.Array($ProjectRoot())))
}))
/**
 * The schema of {@link ProjectUpdateParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ProjectUpdateParams: Schema.Schema<ProjectUpdateParams> = exported("ProjectUpdateParams", $ProjectUpdateParams)

/**
 * The `RemoteControlClientsListOrder` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type RemoteControlClientsListOrder = "asc" | "desc"
const $RemoteControlClientsListOrder = lazy("RemoteControlClientsListOrder", (): Schema.Schema<RemoteControlClientsListOrder> => Schema.Literal("asc", "desc"))
/**
 * The schema of {@link RemoteControlClientsListOrder}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const RemoteControlClientsListOrder: Schema.Schema<RemoteControlClientsListOrder> = exported("RemoteControlClientsListOrder", $RemoteControlClientsListOrder)

/**
 * The `RemoteControlClientsListParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface RemoteControlClientsListParams {
  readonly cursor?: string | null
  readonly environmentId: string
  readonly limit?: number | null
  readonly order?: RemoteControlClientsListOrder | null
}
const $RemoteControlClientsListParams = lazy("RemoteControlClientsListParams", (): Schema.Schema<RemoteControlClientsListParams> => Schema.Struct({
  cursor: optional(Schema.NullOr(Schema.String)),
  environmentId: Schema.String,
  limit: optional(Schema.NullOr(Schema.Int)),
  order: optional(Schema.NullOr($RemoteControlClientsListOrder()))
}))
/**
 * The schema of {@link RemoteControlClientsListParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const RemoteControlClientsListParams: Schema.Schema<RemoteControlClientsListParams> = exported("RemoteControlClientsListParams", $RemoteControlClientsListParams)

/**
 * The `RemoteControlClientsRevokeParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface RemoteControlClientsRevokeParams {
  readonly clientId: string
  readonly environmentId: string
}
const $RemoteControlClientsRevokeParams = lazy("RemoteControlClientsRevokeParams", (): Schema.Schema<RemoteControlClientsRevokeParams> => Schema.Struct({
  clientId: Schema.String,
  environmentId: Schema.String
}))
/**
 * The schema of {@link RemoteControlClientsRevokeParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const RemoteControlClientsRevokeParams: Schema.Schema<RemoteControlClientsRevokeParams> = exported("RemoteControlClientsRevokeParams", $RemoteControlClientsRevokeParams)

/**
 * The `RemoteControlDisableParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface RemoteControlDisableParams {
  readonly ephemeral?: boolean
}
const $RemoteControlDisableParams = lazy("RemoteControlDisableParams", (): Schema.Schema<RemoteControlDisableParams> => Schema.Struct({
  ephemeral: optional(Schema.Boolean)
}))
/**
 * The schema of {@link RemoteControlDisableParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const RemoteControlDisableParams: Schema.Schema<RemoteControlDisableParams> = exported("RemoteControlDisableParams", $RemoteControlDisableParams)

/**
 * The `RemoteControlEnableParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface RemoteControlEnableParams {
  readonly ephemeral?: boolean
}
const $RemoteControlEnableParams = lazy("RemoteControlEnableParams", (): Schema.Schema<RemoteControlEnableParams> => Schema.Struct({
  ephemeral: optional(Schema.Boolean)
}))
/**
 * The schema of {@link RemoteControlEnableParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const RemoteControlEnableParams: Schema.Schema<RemoteControlEnableParams> = exported("RemoteControlEnableParams", $RemoteControlEnableParams)

/**
 * The `RemoteControlPairingStartParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface RemoteControlPairingStartParams {
  readonly manualCode?: boolean
}
const $RemoteControlPairingStartParams = lazy("RemoteControlPairingStartParams", (): Schema.Schema<RemoteControlPairingStartParams> => Schema.Struct({
  manualCode: optional(Schema.Boolean)
}))
/**
 * The schema of {@link RemoteControlPairingStartParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const RemoteControlPairingStartParams: Schema.Schema<RemoteControlPairingStartParams> = exported("RemoteControlPairingStartParams", $RemoteControlPairingStartParams)

/**
 * The `RemoteControlPairingStatusParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface RemoteControlPairingStatusParams {
  readonly manualPairingCode?: string | null
  readonly pairingCode?: string | null
}
const $RemoteControlPairingStatusParams = lazy("RemoteControlPairingStatusParams", (): Schema.Schema<RemoteControlPairingStatusParams> => Schema.Struct({
  manualPairingCode: optional(Schema.NullOr(Schema.String)),
  pairingCode: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link RemoteControlPairingStatusParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const RemoteControlPairingStatusParams: Schema.Schema<RemoteControlPairingStatusParams> = exported("RemoteControlPairingStatusParams", $RemoteControlPairingStatusParams)

/**
 * The `RequestId` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type RequestId = string | number
const $RequestId = lazy("RequestId", (): Schema.Schema<RequestId> => Schema.Union(Schema.String, Schema.Number))
/**
 * The schema of {@link RequestId}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const RequestId: Schema.Schema<RequestId> = exported("RequestId", $RequestId)

/**
 * The `ReviewDelivery` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ReviewDelivery = "inline"
const $ReviewDelivery = lazy("ReviewDelivery", (): Schema.Schema<ReviewDelivery> => Schema.Literal("inline"))
/**
 * The schema of {@link ReviewDelivery}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ReviewDelivery: Schema.Schema<ReviewDelivery> = exported("ReviewDelivery", $ReviewDelivery)

/**
 * The `ReviewTarget` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ReviewTarget = {
  readonly type: "uncommittedChanges"
} | {
  readonly branch: string
  readonly type: "baseBranch"
} | {
  readonly sha: string
  /**
   * Optional human-readable label (e.g., commit subject) for UIs.
   */
  readonly title?: string | null
  readonly type: "commit"
} | {
  readonly instructions: string
  readonly type: "custom"
}
const $ReviewTarget = lazy("ReviewTarget", (): Schema.Schema<ReviewTarget> => Schema.Union(Schema.Struct({
  type: Schema.Literal("uncommittedChanges")
}), Schema.Struct({
  branch: Schema.String,
  type: Schema.Literal("baseBranch")
}), Schema.Struct({
  sha: Schema.String,
  title: optional(Schema.NullOr(Schema.String)),
  type: Schema.Literal("commit")
}), Schema.Struct({
  instructions: Schema.String,
  type: Schema.Literal("custom")
})))
/**
 * The schema of {@link ReviewTarget}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ReviewTarget: Schema.Schema<ReviewTarget> = exported("ReviewTarget", $ReviewTarget)

/**
 * The `ReviewStartParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ReviewStartParams {
  /**
   * Reviews run inline on the supplied thread. Omit this field or pass `inline`. To review on a separate thread, start a thread first and use its id.
   */
  readonly delivery?: ReviewDelivery | null
  readonly target: ReviewTarget
  readonly threadId: string
}
const $ReviewStartParams = lazy("ReviewStartParams", (): Schema.Schema<ReviewStartParams> => Schema.Struct({
  delivery: optional(Schema.NullOr($ReviewDelivery())),
  target: $ReviewTarget(),
  threadId: Schema.String
}))
/**
 * The schema of {@link ReviewStartParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ReviewStartParams: Schema.Schema<ReviewStartParams> = exported("ReviewStartParams", $ReviewStartParams)

/**
 * The `SendAddCreditsNudgeEmailParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface SendAddCreditsNudgeEmailParams {
  readonly creditType: AddCreditsNudgeCreditType
}
const $SendAddCreditsNudgeEmailParams = lazy("SendAddCreditsNudgeEmailParams", (): Schema.Schema<SendAddCreditsNudgeEmailParams> => Schema.Struct({
  creditType: $AddCreditsNudgeCreditType()
}))
/**
 * The schema of {@link SendAddCreditsNudgeEmailParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SendAddCreditsNudgeEmailParams: Schema.Schema<SendAddCreditsNudgeEmailParams> = exported("SendAddCreditsNudgeEmailParams", $SendAddCreditsNudgeEmailParams)

/**
 * The `ServerDiagnosticsParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ServerDiagnosticsParams = { readonly [key: string]: unknown }
const $ServerDiagnosticsParams = lazy("ServerDiagnosticsParams", (): Schema.Schema<ServerDiagnosticsParams> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link ServerDiagnosticsParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ServerDiagnosticsParams: Schema.Schema<ServerDiagnosticsParams> = exported("ServerDiagnosticsParams", $ServerDiagnosticsParams)

/**
 * The `SkillsConfigWriteParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface SkillsConfigWriteParams {
  readonly enabled: boolean
  /**
   * Name-based selector.
   */
  readonly name?: string | null
  /**
   * Path-based selector.
   */
  readonly path?: AbsolutePathBuf | null
}
const $SkillsConfigWriteParams = lazy("SkillsConfigWriteParams", (): Schema.Schema<SkillsConfigWriteParams> => Schema.Struct({
  enabled: Schema.Boolean,
  name: optional(Schema.NullOr(Schema.String)),
  path: optional(Schema.NullOr($AbsolutePathBuf()))
}))
/**
 * The schema of {@link SkillsConfigWriteParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SkillsConfigWriteParams: Schema.Schema<SkillsConfigWriteParams> = exported("SkillsConfigWriteParams", $SkillsConfigWriteParams)

/**
 * The `SkillsExtraRootsSetParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface SkillsExtraRootsSetParams {
  readonly extraRoots: ReadonlyArray<AbsolutePathBuf>
}
const $SkillsExtraRootsSetParams = lazy("SkillsExtraRootsSetParams", (): Schema.Schema<SkillsExtraRootsSetParams> => Schema.Struct({
  extraRoots: Schema.Array($AbsolutePathBuf())
}))
/**
 * The schema of {@link SkillsExtraRootsSetParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SkillsExtraRootsSetParams: Schema.Schema<SkillsExtraRootsSetParams> = exported("SkillsExtraRootsSetParams", $SkillsExtraRootsSetParams)

/**
 * The `SkillsListParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface SkillsListParams {
  /**
   * When empty, defaults to the current session working directory.
   */
  readonly cwds?: ReadonlyArray<string>
  /**
   * When true, bypass the skills cache and re-scan skills from disk.
   */
  readonly forceReload?: boolean
}
const $SkillsListParams = lazy("SkillsListParams", (): Schema.Schema<SkillsListParams> => Schema.Struct({
  cwds: optional(Schema.Array(Schema.String)),
  forceReload: optional(Schema.Boolean)
}))
/**
 * The schema of {@link SkillsListParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SkillsListParams: Schema.Schema<SkillsListParams> = exported("SkillsListParams", $SkillsListParams)

/**
 * The `ThreadApproveGuardianDeniedActionParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadApproveGuardianDeniedActionParams {
  /**
   * Serialized `codex_protocol::protocol::GuardianAssessmentEvent`.
   */
  readonly event: unknown
  readonly threadId: string
}
const $ThreadApproveGuardianDeniedActionParams = lazy("ThreadApproveGuardianDeniedActionParams", (): Schema.Schema<ThreadApproveGuardianDeniedActionParams> => Schema.Struct({
  event: Schema.Unknown,
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadApproveGuardianDeniedActionParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadApproveGuardianDeniedActionParams: Schema.Schema<ThreadApproveGuardianDeniedActionParams> = exported("ThreadApproveGuardianDeniedActionParams", $ThreadApproveGuardianDeniedActionParams)

/**
 * The `ThreadArchiveParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadArchiveParams {
  readonly threadId: string
}
const $ThreadArchiveParams = lazy("ThreadArchiveParams", (): Schema.Schema<ThreadArchiveParams> => Schema.Struct({
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadArchiveParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadArchiveParams: Schema.Schema<ThreadArchiveParams> = exported("ThreadArchiveParams", $ThreadArchiveParams)

/**
 * Parameters for creating or locating an attachment on its owning thread.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadAttachmentAddParams {
  readonly attachmentType: string
  readonly identityKey: string
  readonly payload: unknown
  readonly threadId: string
}
const $ThreadAttachmentAddParams = lazy("ThreadAttachmentAddParams", (): Schema.Schema<ThreadAttachmentAddParams> => Schema.Struct({
  attachmentType: Schema.String,
  identityKey: Schema.String,
  payload: Schema.Unknown,
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadAttachmentAddParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadAttachmentAddParams: Schema.Schema<ThreadAttachmentAddParams> = exported("ThreadAttachmentAddParams", $ThreadAttachmentAddParams)

/**
 * Parameters for listing attachments from one thread.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadAttachmentListParams {
  readonly cursor?: string | null
  readonly limit?: number | null
  readonly threadId: string
}
const $ThreadAttachmentListParams = lazy("ThreadAttachmentListParams", (): Schema.Schema<ThreadAttachmentListParams> => Schema.Struct({
  cursor: optional(Schema.NullOr(Schema.String)),
  limit: optional(Schema.NullOr(Schema.Int)),
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadAttachmentListParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadAttachmentListParams: Schema.Schema<ThreadAttachmentListParams> = exported("ThreadAttachmentListParams", $ThreadAttachmentListParams)

/**
 * Parameters for reverse lookup by attachment identity within this server's store.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadAttachmentOwnerListParams {
  /**
   * Omitted or null returns all matches; false returns non-archived threads only.
   */
  readonly archived?: boolean | null
  readonly attachmentType: string
  readonly cursor?: string | null
  readonly identityKey: string
  readonly limit?: number | null
}
const $ThreadAttachmentOwnerListParams = lazy("ThreadAttachmentOwnerListParams", (): Schema.Schema<ThreadAttachmentOwnerListParams> => Schema.Struct({
  archived: optional(Schema.NullOr(Schema.Boolean)),
  attachmentType: Schema.String,
  cursor: optional(Schema.NullOr(Schema.String)),
  identityKey: Schema.String,
  limit: optional(Schema.NullOr(Schema.Int))
}))
/**
 * The schema of {@link ThreadAttachmentOwnerListParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadAttachmentOwnerListParams: Schema.Schema<ThreadAttachmentOwnerListParams> = exported("ThreadAttachmentOwnerListParams", $ThreadAttachmentOwnerListParams)

/**
 * Parameters for deleting an attachment by its stable thread-local identity.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadAttachmentRemoveParams {
  readonly attachmentType: string
  readonly identityKey: string
  readonly threadId: string
}
const $ThreadAttachmentRemoveParams = lazy("ThreadAttachmentRemoveParams", (): Schema.Schema<ThreadAttachmentRemoveParams> => Schema.Struct({
  attachmentType: Schema.String,
  identityKey: Schema.String,
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadAttachmentRemoveParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadAttachmentRemoveParams: Schema.Schema<ThreadAttachmentRemoveParams> = exported("ThreadAttachmentRemoveParams", $ThreadAttachmentRemoveParams)

/**
 * The `ThreadBackgroundTerminalsCleanParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadBackgroundTerminalsCleanParams {
  readonly threadId: string
}
const $ThreadBackgroundTerminalsCleanParams = lazy("ThreadBackgroundTerminalsCleanParams", (): Schema.Schema<ThreadBackgroundTerminalsCleanParams> => Schema.Struct({
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadBackgroundTerminalsCleanParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadBackgroundTerminalsCleanParams: Schema.Schema<ThreadBackgroundTerminalsCleanParams> = exported("ThreadBackgroundTerminalsCleanParams", $ThreadBackgroundTerminalsCleanParams)

/**
 * The `ThreadBackgroundTerminalsListParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadBackgroundTerminalsListParams {
  /**
   * Opaque pagination cursor returned by a previous call.
   */
  readonly cursor?: string | null
  /**
   * Optional page size.
   */
  readonly limit?: number | null
  readonly threadId: string
}
const $ThreadBackgroundTerminalsListParams = lazy("ThreadBackgroundTerminalsListParams", (): Schema.Schema<ThreadBackgroundTerminalsListParams> => Schema.Struct({
  cursor: optional(Schema.NullOr(Schema.String)),
  limit: optional(Schema.NullOr(Schema.Int)),
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadBackgroundTerminalsListParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadBackgroundTerminalsListParams: Schema.Schema<ThreadBackgroundTerminalsListParams> = exported("ThreadBackgroundTerminalsListParams", $ThreadBackgroundTerminalsListParams)

/**
 * The `ThreadBackgroundTerminalsTerminateParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadBackgroundTerminalsTerminateParams {
  readonly processId: string
  readonly threadId: string
}
const $ThreadBackgroundTerminalsTerminateParams = lazy("ThreadBackgroundTerminalsTerminateParams", (): Schema.Schema<ThreadBackgroundTerminalsTerminateParams> => Schema.Struct({
  processId: Schema.String,
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadBackgroundTerminalsTerminateParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadBackgroundTerminalsTerminateParams: Schema.Schema<ThreadBackgroundTerminalsTerminateParams> = exported("ThreadBackgroundTerminalsTerminateParams", $ThreadBackgroundTerminalsTerminateParams)

/**
 * The `ThreadCompactStartParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadCompactStartParams {
  readonly threadId: string
}
const $ThreadCompactStartParams = lazy("ThreadCompactStartParams", (): Schema.Schema<ThreadCompactStartParams> => Schema.Struct({
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadCompactStartParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadCompactStartParams: Schema.Schema<ThreadCompactStartParams> = exported("ThreadCompactStartParams", $ThreadCompactStartParams)

/**
 * Parameters for `thread/decrement_elicitation`.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadDecrementElicitationParams {
  /**
   * Thread whose out-of-band elicitation counter should be decremented.
   */
  readonly threadId: string
}
const $ThreadDecrementElicitationParams = lazy("ThreadDecrementElicitationParams", (): Schema.Schema<ThreadDecrementElicitationParams> => Schema.Struct({
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadDecrementElicitationParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadDecrementElicitationParams: Schema.Schema<ThreadDecrementElicitationParams> = exported("ThreadDecrementElicitationParams", $ThreadDecrementElicitationParams)

/**
 * The `ThreadDeleteParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadDeleteParams {
  readonly threadId: string
}
const $ThreadDeleteParams = lazy("ThreadDeleteParams", (): Schema.Schema<ThreadDeleteParams> => Schema.Struct({
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadDeleteParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadDeleteParams: Schema.Schema<ThreadDeleteParams> = exported("ThreadDeleteParams", $ThreadDeleteParams)

/**
 * The `SandboxMode` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type SandboxMode = "read-only" | "workspace-write" | "danger-full-access"
const $SandboxMode = lazy("SandboxMode", (): Schema.Schema<SandboxMode> => Schema.Literal("read-only", "workspace-write", "danger-full-access"))
/**
 * The schema of {@link SandboxMode}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SandboxMode: Schema.Schema<SandboxMode> = exported("SandboxMode", $SandboxMode)

/**
 * The `ThreadSource` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ThreadSource = string
const $ThreadSource = lazy("ThreadSource", (): Schema.Schema<ThreadSource> => Schema.String)
/**
 * The schema of {@link ThreadSource}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadSource: Schema.Schema<ThreadSource> = exported("ThreadSource", $ThreadSource)

/**
 * There are two ways to fork a thread: 1. By thread_id: load the thread from disk by thread_id and fork it into a new thread. 2. By path: load the thread from disk by path and fork it into a new thread.
 *
 * If using a non-empty path, the thread_id param will be ignored. Empty string path values are treated as absent.
 *
 * Prefer using thread_id whenever possible.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadForkParams {
  readonly approvalPolicy?: AskForApproval | null
  /**
   * Override where approval requests are routed for review on this thread and subsequent turns.
   */
  readonly approvalsReviewer?: ApprovalsReviewer | null
  /**
   * Persist the fork as an attached thread of its resolved source, hidden from ordinary lists. The source cannot be deleted while attached threads exist. Requires a paginated source and local storage; incompatible with ephemeral and deferGoalContinuation. Omitted or false creates an ordinary fork.
   */
  readonly attachToSource?: boolean
  readonly baseInstructions?: string | null
  /**
   * Optional turn id to fork before, excluding that turn and all later turns. Cannot be combined with `last_turn_id`.
   */
  readonly beforeTurnId?: string | null
  readonly config?: { readonly [key: string]: unknown } | null
  readonly cwd?: string | null
  /**
   * When true, carry the source thread's current goal into the fork without starting its initial automatic continuation. The next explicit turn owns the goal lifecycle, and normal automatic continuation resumes after it.
   */
  readonly deferGoalContinuation?: boolean
  readonly developerInstructions?: string | null
  readonly ephemeral?: boolean
  /**
   * When true, return only thread metadata and live fork state without populating `thread.turns`. This is useful when the client plans to call `thread/turns/list` immediately after forking. Full-history hydration is deprecated for paginated threads; use this with `thread/turns/list` and `thread/items/list` instead.
   */
  readonly excludeTurns?: boolean
  /**
   * Disable MCP servers in prediction mode when the inherited window uses incremental tools on Responses Lite. Requires `experimentalPredictionMode: true`.
   */
  readonly experimentalDisablePredictionMcp?: boolean
  /**
   * Start from the loaded parent's effective config, tools, environments, and persisted history to maximize prompt-cache reuse. Requires a loaded, persisted parent and `ephemeral: true`. Enables `features.reasoning_effort_override` on the fork. Only `config.thread_unload_delay_secs` may override the inherited config. Cannot be combined with `path`, `lastTurnId`, or `beforeTurnId`.
   */
  readonly experimentalPredictionMode?: boolean
  /**
   * Optional last turn id to fork through, inclusive.
   *
   * When specified, turns after `last_turn_id` are omitted from the fork. The referenced turn cannot be in progress.
   */
  readonly lastTurnId?: string | null
  /**
   * Configuration overrides for the forked thread, if any.
   */
  readonly model?: string | null
  readonly modelProvider?: string | null
  /**
   * [UNSTABLE] Specify the rollout path to fork from. If specified, the thread_id param will be ignored.
   */
  readonly path?: string | null
  /**
   * Named profile id for the forked thread. Cannot be combined with `sandbox`.
   */
  readonly permissions?: string | null
  /**
   * Replace the thread's runtime workspace roots. Paths must be absolute.
   */
  readonly runtimeWorkspaceRoots?: ReadonlyArray<AbsolutePathBuf> | null
  readonly sandbox?: SandboxMode | null
  readonly serviceTier?: string | null
  readonly threadId: string
  /**
   * Optional client-supplied analytics source classification for this forked thread.
   */
  readonly threadSource?: ThreadSource | null
}
const $ThreadForkParams = lazy("ThreadForkParams", (): Schema.Schema<ThreadForkParams> => Schema.Struct({
  approvalPolicy: optional(Schema.NullOr($AskForApproval())),
  approvalsReviewer: optional(Schema.NullOr($ApprovalsReviewer())),
  attachToSource: optional(Schema.Boolean),
  baseInstructions: optional(Schema.NullOr(Schema.String)),
  beforeTurnId: optional(Schema.NullOr(Schema.String)),
  config: optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.Unknown }))),
  cwd: optional(Schema.NullOr(Schema.String)),
  deferGoalContinuation: optional(Schema.Boolean),
  developerInstructions: optional(Schema.NullOr(Schema.String)),
  ephemeral: optional(Schema.Boolean),
  excludeTurns: optional(Schema.Boolean),
  experimentalDisablePredictionMcp: optional(Schema.Boolean),
  experimentalPredictionMode: optional(Schema.Boolean),
  lastTurnId: optional(Schema.NullOr(Schema.String)),
  model: optional(Schema.NullOr(Schema.String)),
  modelProvider: optional(Schema.NullOr(Schema.String)),
  path: optional(Schema.NullOr(Schema.String)),
  permissions: optional(Schema.NullOr(Schema.String)),
  runtimeWorkspaceRoots: optional(Schema.NullOr(Schema.Array($AbsolutePathBuf()))),
  sandbox: optional(Schema.NullOr($SandboxMode())),
  serviceTier: optional(Schema.NullOr(Schema.String)),
  threadId: Schema.String,
  threadSource: optional(Schema.NullOr($ThreadSource()))
}))
/**
 * The schema of {@link ThreadForkParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadForkParams: Schema.Schema<ThreadForkParams> = exported("ThreadForkParams", $ThreadForkParams)

/**
 * Distinguishes explicit user actions from automatic goal lifecycle mutations.
 *
 * @since 0.1.0
 * @category models
 */
export type ThreadGoalMutationOrigin = "user" | "automatic"
const $ThreadGoalMutationOrigin = lazy("ThreadGoalMutationOrigin", (): Schema.Schema<ThreadGoalMutationOrigin> => Schema.Literal("user", "automatic"))
/**
 * The schema of {@link ThreadGoalMutationOrigin}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadGoalMutationOrigin: Schema.Schema<ThreadGoalMutationOrigin> = exported("ThreadGoalMutationOrigin", $ThreadGoalMutationOrigin)

/**
 * The `ThreadGoalClearParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadGoalClearParams {
  /**
   * Missing provenance does not supply user authorization.
   */
  readonly origin?: ThreadGoalMutationOrigin | null
  readonly threadId: string
}
const $ThreadGoalClearParams = lazy("ThreadGoalClearParams", (): Schema.Schema<ThreadGoalClearParams> => Schema.Struct({
  origin: optional(Schema.NullOr($ThreadGoalMutationOrigin())),
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadGoalClearParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadGoalClearParams: Schema.Schema<ThreadGoalClearParams> = exported("ThreadGoalClearParams", $ThreadGoalClearParams)

/**
 * The `ThreadGoalGetParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadGoalGetParams {
  readonly threadId: string
}
const $ThreadGoalGetParams = lazy("ThreadGoalGetParams", (): Schema.Schema<ThreadGoalGetParams> => Schema.Struct({
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadGoalGetParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadGoalGetParams: Schema.Schema<ThreadGoalGetParams> = exported("ThreadGoalGetParams", $ThreadGoalGetParams)

/**
 * The `ThreadGoalStatus` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ThreadGoalStatus = "active" | "paused" | "blocked" | "usageLimited" | "budgetLimited" | "complete"
const $ThreadGoalStatus = lazy("ThreadGoalStatus", (): Schema.Schema<ThreadGoalStatus> => Schema.Literal("active", "paused", "blocked", "usageLimited", "budgetLimited", "complete"))
/**
 * The schema of {@link ThreadGoalStatus}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadGoalStatus: Schema.Schema<ThreadGoalStatus> = exported("ThreadGoalStatus", $ThreadGoalStatus)

/**
 * The `ThreadGoalSetParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadGoalSetParams {
  readonly objective?: string | null
  /**
   * Missing provenance does not supply user authorization.
   */
  readonly origin?: ThreadGoalMutationOrigin | null
  readonly status?: ThreadGoalStatus | null
  readonly threadId: string
  readonly tokenBudget?: number | null
}
const $ThreadGoalSetParams = lazy("ThreadGoalSetParams", (): Schema.Schema<ThreadGoalSetParams> => Schema.Struct({
  objective: optional(Schema.NullOr(Schema.String)),
  origin: optional(Schema.NullOr($ThreadGoalMutationOrigin())),
  status: optional(Schema.NullOr($ThreadGoalStatus())),
  threadId: Schema.String,
  tokenBudget: optional(Schema.NullOr(Schema.Number))
}))
/**
 * The schema of {@link ThreadGoalSetParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadGoalSetParams: Schema.Schema<ThreadGoalSetParams> = exported("ThreadGoalSetParams", $ThreadGoalSetParams)

/**
 * Calling `thread/guardianReview` subscribes the connection to the thread. The subscription remains after the review completes, keeping the thread loaded until the client calls `thread/unsubscribe` or disconnects. Sequential calls on the same loaded thread can reuse Guardian history across direct reviews and live approvals. The reviewer keeps a separate conversation from the actor and follows the parent thread's normal persistence settings. A retry evaluates the final call again under the current policy.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadGuardianReviewParams {
  readonly threadId: string
}
const $ThreadGuardianReviewParams = lazy("ThreadGuardianReviewParams", (): Schema.Schema<ThreadGuardianReviewParams> => Schema.Struct({
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadGuardianReviewParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadGuardianReviewParams: Schema.Schema<ThreadGuardianReviewParams> = exported("ThreadGuardianReviewParams", $ThreadGuardianReviewParams)

/**
 * Parameters for `thread/increment_elicitation`.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadIncrementElicitationParams {
  /**
   * Thread whose out-of-band elicitation counter should be incremented.
   */
  readonly threadId: string
}
const $ThreadIncrementElicitationParams = lazy("ThreadIncrementElicitationParams", (): Schema.Schema<ThreadIncrementElicitationParams> => Schema.Struct({
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadIncrementElicitationParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadIncrementElicitationParams: Schema.Schema<ThreadIncrementElicitationParams> = exported("ThreadIncrementElicitationParams", $ThreadIncrementElicitationParams)

/**
 * The `ThreadInjectItemsParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadInjectItemsParams {
  /**
   * Raw Responses API items to append to the thread's model-visible history.
   */
  readonly items: ReadonlyArray<unknown>
  readonly threadId: string
}
const $ThreadInjectItemsParams = lazy("ThreadInjectItemsParams", (): Schema.Schema<ThreadInjectItemsParams> => Schema.Struct({
  items: Schema.Array(Schema.Unknown),
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadInjectItemsParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadInjectItemsParams: Schema.Schema<ThreadInjectItemsParams> = exported("ThreadInjectItemsParams", $ThreadInjectItemsParams)

/**
 * The `ThreadItemOutputDeferral` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadItemOutputDeferral {
  /**
   * Defer nonempty output from successful commands.
   */
  readonly commandExecution?: boolean
  /**
   * Defer nonempty plain-text results from successful MCP tool calls.
   */
  readonly mcpToolCall?: boolean
}
const $ThreadItemOutputDeferral = lazy("ThreadItemOutputDeferral", (): Schema.Schema<ThreadItemOutputDeferral> => Schema.Struct({
  commandExecution: optional(Schema.Boolean),
  mcpToolCall: optional(Schema.Boolean)
}))
/**
 * The schema of {@link ThreadItemOutputDeferral}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadItemOutputDeferral: Schema.Schema<ThreadItemOutputDeferral> = exported("ThreadItemOutputDeferral", $ThreadItemOutputDeferral)

/**
 * An exclusive item position within the requested visible turn.
 *
 * @since 0.1.0
 * @category models
 */
export type ThreadItemsListAnchor = {
  readonly itemId: string
  readonly type: "item"
}
const $ThreadItemsListAnchor = lazy("ThreadItemsListAnchor", (): Schema.Schema<ThreadItemsListAnchor> => Schema.Struct({
  itemId: Schema.String,
  type: Schema.Literal("item")
}))
/**
 * The schema of {@link ThreadItemsListAnchor}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadItemsListAnchor: Schema.Schema<ThreadItemsListAnchor> = exported("ThreadItemsListAnchor", $ThreadItemsListAnchor)

/**
 * Starting position for an item-history page.
 *
 * @since 0.1.0
 * @category models
 */
export type ThreadItemsListCursor = string | ThreadItemsListAnchor
const $ThreadItemsListCursor = lazy("ThreadItemsListCursor", (): Schema.Schema<ThreadItemsListCursor> => Schema.Union(Schema.String, $ThreadItemsListAnchor()))
/**
 * The schema of {@link ThreadItemsListCursor}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadItemsListCursor: Schema.Schema<ThreadItemsListCursor> = exported("ThreadItemsListCursor", $ThreadItemsListCursor)

/**
 * The `ThreadItemsListParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadItemsListParams {
  /**
   * Opaque continuation cursor or an exclusive item anchor in the requested visible turn. An item anchor requires a non-empty `turnId`; ascending (the default) returns items after it, and descending returns items before it. Continue with the returned string cursor.
   */
  readonly cursor?: ThreadItemsListCursor | null
  /**
   * For a single turn, choose which saved outputs to fetch separately by item ID.
   */
  readonly deferOutput?: ThreadItemOutputDeferral | null
  /**
   * Optional item page size.
   */
  readonly limit?: number | null
  /**
   * Optional item pagination direction; defaults to ascending.
   */
  readonly sortDirection?: SortDirection | null
  readonly threadId: string
  /**
   * Optional turn id to filter by. When omitted, returns items across the thread.
   */
  readonly turnId?: string | null
}
const $ThreadItemsListParams = lazy("ThreadItemsListParams", (): Schema.Schema<ThreadItemsListParams> => Schema.Struct({
  cursor: optional(Schema.NullOr($ThreadItemsListCursor())),
  deferOutput: optional(Schema.NullOr($ThreadItemOutputDeferral())),
  limit: optional(Schema.NullOr(Schema.Int)),
  sortDirection: optional(Schema.NullOr($SortDirection())),
  threadId: Schema.String,
  turnId: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link ThreadItemsListParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadItemsListParams: Schema.Schema<ThreadItemsListParams> = exported("ThreadItemsListParams", $ThreadItemsListParams)

/**
 * EXPERIMENTAL - retrieve a bounded set of persisted items from one turn.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadItemsReadParams {
  /**
   * Item IDs to retrieve. Supply 1 to 100 IDs.
   */
  readonly itemIds: ReadonlyArray<string>
  readonly threadId: string
  readonly turnId: string
}
const $ThreadItemsReadParams = lazy("ThreadItemsReadParams", (): Schema.Schema<ThreadItemsReadParams> => Schema.Struct({
  itemIds: Schema.Array(Schema.String),
  threadId: Schema.String,
  turnId: Schema.String
}))
/**
 * The schema of {@link ThreadItemsReadParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadItemsReadParams: Schema.Schema<ThreadItemsReadParams> = exported("ThreadItemsReadParams", $ThreadItemsReadParams)

/**
 * The `ThreadListCwdFilter` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ThreadListCwdFilter = string | ReadonlyArray<string>
const $ThreadListCwdFilter = lazy("ThreadListCwdFilter", (): Schema.Schema<ThreadListCwdFilter> => Schema.Union(Schema.String, Schema.Array(Schema.String)))
/**
 * The schema of {@link ThreadListCwdFilter}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadListCwdFilter: Schema.Schema<ThreadListCwdFilter> = exported("ThreadListCwdFilter", $ThreadListCwdFilter)

/**
 * The `ThreadSortKey` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ThreadSortKey = "created_at" | "updated_at" | "recency_at" | "section_position"
const $ThreadSortKey = lazy("ThreadSortKey", (): Schema.Schema<ThreadSortKey> => Schema.Literal("created_at", "updated_at", "recency_at", "section_position"))
/**
 * The schema of {@link ThreadSortKey}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadSortKey: Schema.Schema<ThreadSortKey> = exported("ThreadSortKey", $ThreadSortKey)

/**
 * The `ThreadSourceKind` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ThreadSourceKind = "cli" | "vscode" | "exec" | "appServer" | "subAgent" | "subAgentReview" | "subAgentCompact" | "subAgentThreadSpawn" | "subAgentOther" | "unknown"
const $ThreadSourceKind = lazy("ThreadSourceKind", (): Schema.Schema<ThreadSourceKind> => Schema.Literal("cli", "vscode", "exec", "appServer", "subAgent", "subAgentReview", "subAgentCompact", "subAgentThreadSpawn", "subAgentOther", "unknown"))
/**
 * The schema of {@link ThreadSourceKind}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadSourceKind: Schema.Schema<ThreadSourceKind> = exported("ThreadSourceKind", $ThreadSourceKind)

/**
 * The `ThreadListParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadListParams {
  /**
   * Optional ancestor thread filter. Returns spawned descendants at any depth, excluding the ancestor itself. Mutually exclusive with `parentThreadId`.
   */
  readonly ancestorThreadId?: string | null
  /**
   * Optional archived filter; when set to true, only archived threads are returned. If false or null, only non-archived threads are returned.
   */
  readonly archived?: boolean | null
  /**
   * Return only persistent threads attached to this thread, including empty threads. Mutually exclusive with parentThreadId and ancestorThreadId. Omitting this filter keeps attached threads hidden from ordinary listings.
   */
  readonly attachedToThreadId?: string | null
  /**
   * Show local history visible to the current ChatGPT account. Defaults to false.
   */
  readonly currentAccountOnly?: boolean
  /**
   * Opaque pagination cursor returned by a previous call.
   */
  readonly cursor?: string | null
  /**
   * Optional cwd filter or filters; when set, only threads whose session cwd exactly matches one of these paths are returned.
   */
  readonly cwd?: ThreadListCwdFilter | null
  /**
   * Thread IDs to exclude before applying the result limit. Up to 100 entries; invalid IDs or a larger list are rejected, never truncated. Send the same exclusions on each page. Omitted, null, or empty means no exclusions.
   */
  readonly excludedThreadIds?: ReadonlyArray<string> | null
  /**
   * Include persistent threads attached to a parent when searching by title.
   */
  readonly includeAttachedThreads?: boolean
  /**
   * Restrict results to up to 100 thread IDs before pagination. Omit or send null for unrestricted results. An empty list matches nothing. Exclusions still apply. Repeat the same IDs on each page. The local store uses indexed metadata for this filter.
   */
  readonly includedThreadIds?: ReadonlyArray<string> | null
  /**
   * Optional page size; defaults to a reasonable server-side value.
   */
  readonly limit?: number | null
  /**
   * Optional provider filter; when set, only sessions recorded under these providers are returned. When present but empty, includes all providers.
   */
  readonly modelProviders?: ReadonlyArray<string> | null
  /**
   * Optional originator allowlist, matching any supplied value exactly. Supported by hosted backends only; the local app-server rejects a nonempty list. Omitted or empty lists leave originators unrestricted.
   */
  readonly originators?: ReadonlyArray<string> | null
  /**
   * Optional direct parent thread filter. Mutually exclusive with `ancestorThreadId`.
   */
  readonly parentThreadId?: string | null
  /**
   * Omit to include every project, set to null for unassigned threads, or provide a project ID to return only threads in that project.
   */
  readonly projectId?: string | null
  /**
   * Optional substring filter for the extracted thread title.
   */
  readonly searchTerm?: string | null
  /**
   * Omit to include every section, set to `null` for unsectioned threads, or provide a section ID to return only threads in that section.
   */
  readonly sectionId?: string | null
  /**
   * Optional sort direction; defaults to descending (newest first).
   */
  readonly sortDirection?: SortDirection | null
  /**
   * Optional sort key; defaults to created_at.
   */
  readonly sortKey?: ThreadSortKey | null
  /**
   * Optional source filter; when set, only sessions from these source kinds are returned. When omitted or empty, defaults to interactive sources.
   */
  readonly sourceKinds?: ReadonlyArray<ThreadSourceKind> | null
  /**
   * If true, the local store returns indexed metadata without scanning JSONL rollouts for repairs. Requests with `includedThreadIds` always use indexed metadata.
   */
  readonly useStateDbOnly?: boolean
}
const $ThreadListParams = lazy("ThreadListParams", (): Schema.Schema<ThreadListParams> => Schema.Struct({
  ancestorThreadId: optional(Schema.NullOr(Schema.String)),
  archived: optional(Schema.NullOr(Schema.Boolean)),
  attachedToThreadId: optional(Schema.NullOr(Schema.String)),
  currentAccountOnly: optional(Schema.Boolean),
  cursor: optional(Schema.NullOr(Schema.String)),
  cwd: optional(Schema.NullOr($ThreadListCwdFilter())),
  excludedThreadIds: optional(Schema.NullOr(Schema.Array(Schema.String))),
  includeAttachedThreads: optional(Schema.Boolean),
  includedThreadIds: optional(Schema.NullOr(Schema.Array(Schema.String))),
  limit: optional(Schema.NullOr(Schema.Int)),
  modelProviders: optional(Schema.NullOr(Schema.Array(Schema.String))),
  originators: optional(Schema.NullOr(Schema.Array(Schema.String))),
  parentThreadId: optional(Schema.NullOr(Schema.String)),
  projectId: optional(Schema.NullOr(Schema.String)),
  searchTerm: optional(Schema.NullOr(Schema.String)),
  sectionId: optional(Schema.NullOr(Schema.String)),
  sortDirection: optional(Schema.NullOr($SortDirection())),
  sortKey: optional(Schema.NullOr($ThreadSortKey())),
  sourceKinds: optional(Schema.NullOr(Schema.Array($ThreadSourceKind()))),
  useStateDbOnly: optional(Schema.Boolean)
}))
/**
 * The schema of {@link ThreadListParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadListParams: Schema.Schema<ThreadListParams> = exported("ThreadListParams", $ThreadListParams)

/**
 * The `ThreadLoadedListParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadLoadedListParams {
  /**
   * Opaque pagination cursor returned by a previous call.
   */
  readonly cursor?: string | null
  /**
   * Optional page size; defaults to no limit.
   */
  readonly limit?: number | null
}
const $ThreadLoadedListParams = lazy("ThreadLoadedListParams", (): Schema.Schema<ThreadLoadedListParams> => Schema.Struct({
  cursor: optional(Schema.NullOr(Schema.String)),
  limit: optional(Schema.NullOr(Schema.Int))
}))
/**
 * The schema of {@link ThreadLoadedListParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadLoadedListParams: Schema.Schema<ThreadLoadedListParams> = exported("ThreadLoadedListParams", $ThreadLoadedListParams)

/**
 * The `ThreadMemoryMode` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ThreadMemoryMode = "enabled" | "disabled"
const $ThreadMemoryMode = lazy("ThreadMemoryMode", (): Schema.Schema<ThreadMemoryMode> => Schema.Literal("enabled", "disabled"))
/**
 * The schema of {@link ThreadMemoryMode}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadMemoryMode: Schema.Schema<ThreadMemoryMode> = exported("ThreadMemoryMode", $ThreadMemoryMode)

/**
 * The `ThreadMemoryModeSetParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadMemoryModeSetParams {
  readonly mode: ThreadMemoryMode
  readonly threadId: string
}
const $ThreadMemoryModeSetParams = lazy("ThreadMemoryModeSetParams", (): Schema.Schema<ThreadMemoryModeSetParams> => Schema.Struct({
  mode: $ThreadMemoryMode(),
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadMemoryModeSetParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadMemoryModeSetParams: Schema.Schema<ThreadMemoryModeSetParams> = exported("ThreadMemoryModeSetParams", $ThreadMemoryModeSetParams)

/**
 * The `ThreadMemoryReadParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadMemoryReadParams {
  /**
   * The thread must already be started or resumed.
   */
  readonly threadId: string
}
const $ThreadMemoryReadParams = lazy("ThreadMemoryReadParams", (): Schema.Schema<ThreadMemoryReadParams> => Schema.Struct({
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadMemoryReadParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadMemoryReadParams: Schema.Schema<ThreadMemoryReadParams> = exported("ThreadMemoryReadParams", $ThreadMemoryReadParams)

/**
 * The `ThreadMetadataGitInfoUpdateParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadMetadataGitInfoUpdateParams {
  /**
   * Omit to leave the stored branch unchanged, set to `null` to clear it, or provide a non-empty string to replace it.
   */
  readonly branch?: string | null
  /**
   * Omit to leave the stored origin URL unchanged, set to `null` to clear it, or provide a non-empty string to replace it.
   */
  readonly originUrl?: string | null
  /**
   * Omit to leave the stored commit unchanged, set to `null` to clear it, or provide a non-empty string to replace it.
   */
  readonly sha?: string | null
}
const $ThreadMetadataGitInfoUpdateParams = lazy("ThreadMetadataGitInfoUpdateParams", (): Schema.Schema<ThreadMetadataGitInfoUpdateParams> => Schema.Struct({
  branch: optional(Schema.NullOr(Schema.String)),
  originUrl: optional(Schema.NullOr(Schema.String)),
  sha: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link ThreadMetadataGitInfoUpdateParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadMetadataGitInfoUpdateParams: Schema.Schema<ThreadMetadataGitInfoUpdateParams> = exported("ThreadMetadataGitInfoUpdateParams", $ThreadMetadataGitInfoUpdateParams)

/**
 * The `ThreadMetadataUpdateParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadMetadataUpdateParams {
  /**
   * Save the client's Daybreak choice for this persistent thread. Omitted or null leaves it unchanged. This does not select a turn's `cyberAccessProgram` or grant access.
   */
  readonly daybreakEnabled?: boolean | null
  /**
   * Patch the stored Git metadata for this thread. Omit a field to leave it unchanged, set it to `null` to clear it, or provide a string to replace the stored value.
   */
  readonly gitInfo?: ThreadMetadataGitInfoUpdateParams | null
  /**
   * Omit to leave the project unchanged, use an empty string to clear it, or provide an existing project ID to assign it.
   */
  readonly projectId?: string | null
  readonly threadId: string
}
const $ThreadMetadataUpdateParams = lazy("ThreadMetadataUpdateParams", (): Schema.Schema<ThreadMetadataUpdateParams> => Schema.Struct({
  daybreakEnabled: optional(Schema.NullOr(Schema.Boolean)),
  gitInfo: optional(Schema.NullOr($ThreadMetadataGitInfoUpdateParams())),
  projectId: optional(Schema.NullOr(Schema.String)),
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadMetadataUpdateParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadMetadataUpdateParams: Schema.Schema<ThreadMetadataUpdateParams> = exported("ThreadMetadataUpdateParams", $ThreadMetadataUpdateParams)

/**
 * The `ThreadPredictionRequestParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadPredictionRequestParams {
  readonly sourceTurnId: string
  readonly threadId: string
}
const $ThreadPredictionRequestParams = lazy("ThreadPredictionRequestParams", (): Schema.Schema<ThreadPredictionRequestParams> => Schema.Struct({
  sourceTurnId: Schema.String,
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadPredictionRequestParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadPredictionRequestParams: Schema.Schema<ThreadPredictionRequestParams> = exported("ThreadPredictionRequestParams", $ThreadPredictionRequestParams)

/**
 * Prepare an approved plan for the first turn of a fresh thread.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadPrepareApprovedPlanParams {
  /**
   * Absolute path to the optional app-server copy of the plan.
   */
  readonly attachmentPath?: string | null
  readonly markdown: string
  readonly threadId: string
}
const $ThreadPrepareApprovedPlanParams = lazy("ThreadPrepareApprovedPlanParams", (): Schema.Schema<ThreadPrepareApprovedPlanParams> => Schema.Struct({
  attachmentPath: optional(Schema.NullOr(Schema.String)),
  markdown: Schema.String,
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadPrepareApprovedPlanParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadPrepareApprovedPlanParams: Schema.Schema<ThreadPrepareApprovedPlanParams> = exported("ThreadPrepareApprovedPlanParams", $ThreadPrepareApprovedPlanParams)

/**
 * The `ImageDetail` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ImageDetail = "auto" | "low" | "high" | "original"
const $ImageDetail = lazy("ImageDetail", (): Schema.Schema<ImageDetail> => Schema.Literal("auto", "low", "high", "original"))
/**
 * The schema of {@link ImageDetail}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ImageDetail: Schema.Schema<ImageDetail> = exported("ImageDetail", $ImageDetail)

/**
 * The `TextElement` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface TextElement {
  /**
   * Byte range in the parent `text` buffer that this element occupies.
   */
  readonly byteRange: ByteRange
  /**
   * Optional human-readable placeholder for the element, displayed in the UI.
   */
  readonly placeholder?: string | null
}
const $TextElement = lazy("TextElement", (): Schema.Schema<TextElement> => Schema.Struct({
  byteRange: $ByteRange(),
  placeholder: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link TextElement}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const TextElement: Schema.Schema<TextElement> = exported("TextElement", $TextElement)

/**
 * The `UserInput` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type UserInput = {
  readonly text: string
  /**
   * UI-defined spans within `text` used to render or persist special elements.
   */
  readonly text_elements?: ReadonlyArray<TextElement>
  readonly type: "text"
} | {
  readonly detail?: ImageDetail | null
  readonly type: "image"
  readonly url: string
} | {
  readonly detail?: ImageDetail | null
  readonly fileId: string
  readonly type: "image"
} | {
  readonly detail?: ImageDetail | null
  readonly path: string
  readonly type: "localImage"
} | {
  readonly type: "audio"
  readonly url: string
} | {
  readonly fileId: string
  readonly type: "audio"
} | {
  readonly path: string
  readonly type: "localAudio"
} | {
  readonly name: string
  readonly path: string
  readonly type: "skill"
} | {
  readonly name: string
  readonly path: string
  readonly type: "mention"
}
const $UserInput = lazy("UserInput", (): Schema.Schema<UserInput> => Schema.Union(Schema.Struct({
  text: Schema.String,
  text_elements: optional(Schema.Array($TextElement())),
  type: Schema.Literal("text")
}), Schema.Union(Schema.Struct({
  detail: optional(Schema.NullOr($ImageDetail())),
  type: Schema.Literal("image"),
  url: Schema.String
}), Schema.Struct({
  detail: optional(Schema.NullOr($ImageDetail())),
  fileId: Schema.String,
  type: Schema.Literal("image")
})), Schema.Struct({
  detail: optional(Schema.NullOr($ImageDetail())),
  path: Schema.String,
  type: Schema.Literal("localImage")
}), Schema.Union(Schema.Struct({
  type: Schema.Literal("audio"),
  url: Schema.String
}), Schema.Struct({
  fileId: Schema.String,
  type: Schema.Literal("audio")
})), Schema.Struct({
  path: Schema.String,
  type: Schema.Literal("localAudio")
}), Schema.Struct({
  name: Schema.String,
  path: Schema.String,
  type: Schema.Literal("skill")
}), Schema.Struct({
  name: Schema.String,
  path: Schema.String,
  type: Schema.Literal("mention")
})))
/**
 * The schema of {@link UserInput}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UserInput: Schema.Schema<UserInput> = exported("UserInput", $UserInput)

/**
 * The `ThreadQueueAddParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadQueueAddParams {
  readonly clientUserMessageId: string
  readonly input: ReadonlyArray<UserInput>
  /**
   * ResponsesAPI metadata captured from the client submitting this input.
   */
  readonly responsesapiClientMetadata?: { readonly [key: string]: string } | null
  readonly threadId: string
}
const $ThreadQueueAddParams = lazy("ThreadQueueAddParams", (): Schema.Schema<ThreadQueueAddParams> => Schema.Struct({
  clientUserMessageId: Schema.String,
  input: Schema.Array($UserInput()),
  responsesapiClientMetadata: optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.String }))),
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadQueueAddParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadQueueAddParams: Schema.Schema<ThreadQueueAddParams> = exported("ThreadQueueAddParams", $ThreadQueueAddParams)

/**
 * The `ThreadQueueDeleteParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadQueueDeleteParams {
  readonly queuedSubmissionId: string
  readonly threadId: string
}
const $ThreadQueueDeleteParams = lazy("ThreadQueueDeleteParams", (): Schema.Schema<ThreadQueueDeleteParams> => Schema.Struct({
  queuedSubmissionId: Schema.String,
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadQueueDeleteParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadQueueDeleteParams: Schema.Schema<ThreadQueueDeleteParams> = exported("ThreadQueueDeleteParams", $ThreadQueueDeleteParams)

/**
 * The `ThreadQueueListParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadQueueListParams {
  /**
   * Opaque pagination cursor returned by a previous call.
   */
  readonly cursor?: string | null
  /**
   * Optional page size; defaults to the standard thread-list page size.
   */
  readonly limit?: number | null
  readonly threadId: string
}
const $ThreadQueueListParams = lazy("ThreadQueueListParams", (): Schema.Schema<ThreadQueueListParams> => Schema.Struct({
  cursor: optional(Schema.NullOr(Schema.String)),
  limit: optional(Schema.NullOr(Schema.Int)),
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadQueueListParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadQueueListParams: Schema.Schema<ThreadQueueListParams> = exported("ThreadQueueListParams", $ThreadQueueListParams)

/**
 * The `ThreadQueueReorderParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadQueueReorderParams {
  readonly queuedSubmissionIds: ReadonlyArray<string>
  readonly threadId: string
}
const $ThreadQueueReorderParams = lazy("ThreadQueueReorderParams", (): Schema.Schema<ThreadQueueReorderParams> => Schema.Struct({
  queuedSubmissionIds: Schema.Array(Schema.String),
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadQueueReorderParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadQueueReorderParams: Schema.Schema<ThreadQueueReorderParams> = exported("ThreadQueueReorderParams", $ThreadQueueReorderParams)

/**
 * The `ThreadQueueStartParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadQueueStartParams {
  readonly queuedSubmissionId?: string | null
  readonly threadId: string
}
const $ThreadQueueStartParams = lazy("ThreadQueueStartParams", (): Schema.Schema<ThreadQueueStartParams> => Schema.Struct({
  queuedSubmissionId: optional(Schema.NullOr(Schema.String)),
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadQueueStartParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadQueueStartParams: Schema.Schema<ThreadQueueStartParams> = exported("ThreadQueueStartParams", $ThreadQueueStartParams)

/**
 * The `ThreadQueueUpdateParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadQueueUpdateParams {
  readonly input: ReadonlyArray<UserInput>
  readonly queuedSubmissionId: string
  /**
   * Non-empty metadata replaces the input's metadata; omission or an empty map preserves it.
   */
  readonly responsesapiClientMetadata?: { readonly [key: string]: string } | null
  readonly threadId: string
}
const $ThreadQueueUpdateParams = lazy("ThreadQueueUpdateParams", (): Schema.Schema<ThreadQueueUpdateParams> => Schema.Struct({
  input: Schema.Array($UserInput()),
  queuedSubmissionId: Schema.String,
  responsesapiClientMetadata: optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.String }))),
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadQueueUpdateParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadQueueUpdateParams: Schema.Schema<ThreadQueueUpdateParams> = exported("ThreadQueueUpdateParams", $ThreadQueueUpdateParams)

/**
 * The `ThreadReadParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadReadParams {
  /**
   * When true, include turns and their items from rollout history. Full-history hydration is deprecated for paginated threads; prefer a metadata-only read and page with `thread/turns/list` and `thread/items/list`.
   */
  readonly includeTurns?: boolean
  readonly threadId: string
}
const $ThreadReadParams = lazy("ThreadReadParams", (): Schema.Schema<ThreadReadParams> => Schema.Struct({
  includeTurns: optional(Schema.Boolean),
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadReadParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadReadParams: Schema.Schema<ThreadReadParams> = exported("ThreadReadParams", $ThreadReadParams)

/**
 * The `ThreadReadStateOperation` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ThreadReadStateOperation = {
  readonly type: "read"
} | {
  readonly type: "unread"
}
const $ThreadReadStateOperation = lazy("ThreadReadStateOperation", (): Schema.Schema<ThreadReadStateOperation> => Schema.Union(Schema.Struct({
  type: Schema.Literal("read")
}), Schema.Struct({
  type: Schema.Literal("unread")
})))
/**
 * The schema of {@link ThreadReadStateOperation}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadReadStateOperation: Schema.Schema<ThreadReadStateOperation> = exported("ThreadReadStateOperation", $ThreadReadStateOperation)

/**
 * The `ThreadReadStateUpdateParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadReadStateUpdateParams {
  /**
   * Revision of the row or transcript actually seen. Conflicts require a fresh user action.
   */
  readonly expectedRevision: string
  readonly operation: ThreadReadStateOperation
  readonly threadId: string
}
const $ThreadReadStateUpdateParams = lazy("ThreadReadStateUpdateParams", (): Schema.Schema<ThreadReadStateUpdateParams> => Schema.Struct({
  expectedRevision: Schema.String,
  operation: $ThreadReadStateOperation(),
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadReadStateUpdateParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadReadStateUpdateParams: Schema.Schema<ThreadReadStateUpdateParams> = exported("ThreadReadStateUpdateParams", $ThreadReadStateUpdateParams)

/**
 * EXPERIMENTAL - thread realtime audio chunk.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadRealtimeAudioChunk {
  readonly data: string
  readonly itemId?: string | null
  readonly numChannels: number
  readonly sampleRate: number
  readonly samplesPerChannel?: number | null
}
const $ThreadRealtimeAudioChunk = lazy("ThreadRealtimeAudioChunk", (): Schema.Schema<ThreadRealtimeAudioChunk> => Schema.Struct({
  data: Schema.String,
  itemId: optional(Schema.NullOr(Schema.String)),
  numChannels: Schema.Int,
  sampleRate: Schema.Int,
  samplesPerChannel: optional(Schema.NullOr(Schema.Int))
}))
/**
 * The schema of {@link ThreadRealtimeAudioChunk}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadRealtimeAudioChunk: Schema.Schema<ThreadRealtimeAudioChunk> = exported("ThreadRealtimeAudioChunk", $ThreadRealtimeAudioChunk)

/**
 * EXPERIMENTAL - append audio input to thread realtime.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadRealtimeAppendAudioParams {
  readonly audio: ThreadRealtimeAudioChunk
  readonly threadId: string
}
const $ThreadRealtimeAppendAudioParams = lazy("ThreadRealtimeAppendAudioParams", (): Schema.Schema<ThreadRealtimeAppendAudioParams> => Schema.Struct({
  audio: $ThreadRealtimeAudioChunk(),
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadRealtimeAppendAudioParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadRealtimeAppendAudioParams: Schema.Schema<ThreadRealtimeAppendAudioParams> = exported("ThreadRealtimeAppendAudioParams", $ThreadRealtimeAppendAudioParams)

/**
 * EXPERIMENTAL - append speakable text to thread realtime.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadRealtimeAppendSpeechParams {
  readonly text: string
  readonly threadId: string
}
const $ThreadRealtimeAppendSpeechParams = lazy("ThreadRealtimeAppendSpeechParams", (): Schema.Schema<ThreadRealtimeAppendSpeechParams> => Schema.Struct({
  text: Schema.String,
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadRealtimeAppendSpeechParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadRealtimeAppendSpeechParams: Schema.Schema<ThreadRealtimeAppendSpeechParams> = exported("ThreadRealtimeAppendSpeechParams", $ThreadRealtimeAppendSpeechParams)

/**
 * The `ConversationTextRole` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ConversationTextRole = "user" | "developer" | "assistant"
const $ConversationTextRole = lazy("ConversationTextRole", (): Schema.Schema<ConversationTextRole> => Schema.Literal("user", "developer", "assistant"))
/**
 * The schema of {@link ConversationTextRole}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ConversationTextRole: Schema.Schema<ConversationTextRole> = exported("ConversationTextRole", $ConversationTextRole)

/**
 * EXPERIMENTAL - append text input to thread realtime.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadRealtimeAppendTextParams {
  readonly role?: ConversationTextRole
  readonly text: string
  readonly threadId: string
}
const $ThreadRealtimeAppendTextParams = lazy("ThreadRealtimeAppendTextParams", (): Schema.Schema<ThreadRealtimeAppendTextParams> => Schema.Struct({
  role: optional($ConversationTextRole()),
  text: Schema.String,
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadRealtimeAppendTextParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadRealtimeAppendTextParams: Schema.Schema<ThreadRealtimeAppendTextParams> = exported("ThreadRealtimeAppendTextParams", $ThreadRealtimeAppendTextParams)

/**
 * The `ThreadRealtimeOrder` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ThreadRealtimeOrder = "observedAt" | "position"
const $ThreadRealtimeOrder = lazy("ThreadRealtimeOrder", (): Schema.Schema<ThreadRealtimeOrder> => Schema.Union(Schema.Literal("observedAt"), Schema.Literal("position")))
/**
 * The schema of {@link ThreadRealtimeOrder}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadRealtimeOrder: Schema.Schema<ThreadRealtimeOrder> = exported("ThreadRealtimeOrder", $ThreadRealtimeOrder)

/**
 * The `ThreadRealtimeListParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadRealtimeListParams {
  readonly afterPosition?: number | null
  readonly cursor?: string | null
  /**
   * A required exact event ID, such as a completed item's acknowledgement. Returns pending until projected. Explicit filters can exclude a known event.
   */
  readonly eventId?: string | null
  /**
   * Inclusive canonical observation time lower bound.
   */
  readonly fromObservedAtMs?: number | null
  readonly limit?: number | null
  /**
   * Defaults to canonical observation time.
   */
  readonly order?: ThreadRealtimeOrder | null
  /**
   * Return pending until the projection includes this committed position.
   */
  readonly requiredThroughPosition?: number | null
  readonly sessionId?: string | null
  /**
   * Exclusive committed position delimiting an immutable snapshot.
   */
  readonly snapshotEnd?: number | null
  readonly threadId: string
  /**
   * Exclusive canonical observation time upper bound.
   */
  readonly toObservedAtMs?: number | null
}
const $ThreadRealtimeListParams = lazy("ThreadRealtimeListParams", (): Schema.Schema<ThreadRealtimeListParams> => Schema.Struct({
  afterPosition: optional(Schema.NullOr(Schema.Number)),
  cursor: optional(Schema.NullOr(Schema.String)),
  eventId: optional(Schema.NullOr(Schema.String)),
  fromObservedAtMs: optional(Schema.NullOr(Schema.Number)),
  limit: optional(Schema.NullOr(Schema.Int)),
  order: optional(Schema.NullOr($ThreadRealtimeOrder())),
  requiredThroughPosition: optional(Schema.NullOr(Schema.Number)),
  sessionId: optional(Schema.NullOr(Schema.String)),
  snapshotEnd: optional(Schema.NullOr(Schema.Number)),
  threadId: Schema.String,
  toObservedAtMs: optional(Schema.NullOr(Schema.Number))
}))
/**
 * The schema of {@link ThreadRealtimeListParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadRealtimeListParams: Schema.Schema<ThreadRealtimeListParams> = exported("ThreadRealtimeListParams", $ThreadRealtimeListParams)

/**
 * EXPERIMENTAL - list voices supported by thread realtime.
 *
 * @since 0.1.0
 * @category models
 */
export type ThreadRealtimeListVoicesParams = { readonly [key: string]: unknown }
const $ThreadRealtimeListVoicesParams = lazy("ThreadRealtimeListVoicesParams", (): Schema.Schema<ThreadRealtimeListVoicesParams> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link ThreadRealtimeListVoicesParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadRealtimeListVoicesParams: Schema.Schema<ThreadRealtimeListVoicesParams> = exported("ThreadRealtimeListVoicesParams", $ThreadRealtimeListVoicesParams)

/**
 * The `CodexResponseHandoffMode` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type CodexResponseHandoffMode = "thinking" | "commentary" | "bemTags"
const $CodexResponseHandoffMode = lazy("CodexResponseHandoffMode", (): Schema.Schema<CodexResponseHandoffMode> => Schema.Literal("thinking", "commentary", "bemTags"))
/**
 * The schema of {@link CodexResponseHandoffMode}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CodexResponseHandoffMode: Schema.Schema<CodexResponseHandoffMode> = exported("CodexResponseHandoffMode", $CodexResponseHandoffMode)

/**
 * The `RealtimeConversationVersion` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type RealtimeConversationVersion = "v1" | "v2" | "v3"
const $RealtimeConversationVersion = lazy("RealtimeConversationVersion", (): Schema.Schema<RealtimeConversationVersion> => Schema.Literal("v1", "v2", "v3"))
/**
 * The schema of {@link RealtimeConversationVersion}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const RealtimeConversationVersion: Schema.Schema<RealtimeConversationVersion> = exported("RealtimeConversationVersion", $RealtimeConversationVersion)

/**
 * The `RealtimeOutputModality` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type RealtimeOutputModality = "text" | "audio"
const $RealtimeOutputModality = lazy("RealtimeOutputModality", (): Schema.Schema<RealtimeOutputModality> => Schema.Literal("text", "audio"))
/**
 * The schema of {@link RealtimeOutputModality}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const RealtimeOutputModality: Schema.Schema<RealtimeOutputModality> = exported("RealtimeOutputModality", $RealtimeOutputModality)

/**
 * The `RealtimeVoice` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type RealtimeVoice = "alloy" | "arbor" | "ash" | "aube" | "ballad" | "breeze" | "bubbie" | "cedar" | "coral" | "cove" | "echo" | "ember" | "haetsal" | "hanul" | "himari" | "juniper" | "leher" | "maple" | "marin" | "miko" | "neer" | "porto" | "rindo" | "rio" | "rivage" | "sage" | "selva" | "shimmer" | "sol" | "sonna" | "spruce" | "tinta" | "vale" | "verse" | "viola"
const $RealtimeVoice = lazy("RealtimeVoice", (): Schema.Schema<RealtimeVoice> => Schema.Literal("alloy", "arbor", "ash", "aube", "ballad", "breeze", "bubbie", "cedar", "coral", "cove", "echo", "ember", "haetsal", "hanul", "himari", "juniper", "leher", "maple", "marin", "miko", "neer", "porto", "rindo", "rio", "rivage", "sage", "selva", "shimmer", "sol", "sonna", "spruce", "tinta", "vale", "verse", "viola"))
/**
 * The schema of {@link RealtimeVoice}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const RealtimeVoice: Schema.Schema<RealtimeVoice> = exported("RealtimeVoice", $RealtimeVoice)

/**
 * EXPERIMENTAL - role-bearing text item included when a realtime V3 session starts.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadRealtimeInitialItem {
  readonly role: ConversationTextRole
  readonly text: string
}
const $ThreadRealtimeInitialItem = lazy("ThreadRealtimeInitialItem", (): Schema.Schema<ThreadRealtimeInitialItem> => Schema.Struct({
  role: $ConversationTextRole(),
  text: Schema.String
}))
/**
 * The schema of {@link ThreadRealtimeInitialItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadRealtimeInitialItem: Schema.Schema<ThreadRealtimeInitialItem> = exported("ThreadRealtimeInitialItem", $ThreadRealtimeInitialItem)

/**
 * EXPERIMENTAL - transport used by thread realtime.
 *
 * @since 0.1.0
 * @category models
 */
export type ThreadRealtimeStartTransport = {
  readonly type: "websocket"
} | {
  /**
   * SDP offer generated by a WebRTC RTCPeerConnection after configuring audio and the realtime events data channel.
   */
  readonly sdp: string
  readonly type: "webrtc"
} | {
  /**
   * Identifier of a realtime call already created and negotiated by the client.
   */
  readonly callId: string
  readonly type: "existingCall"
}
const $ThreadRealtimeStartTransport = lazy("ThreadRealtimeStartTransport", (): Schema.Schema<ThreadRealtimeStartTransport> => Schema.Union(Schema.Struct({
  type: Schema.Literal("websocket")
}), Schema.Struct({
  sdp: Schema.String,
  type: Schema.Literal("webrtc")
}), Schema.Struct({
  callId: Schema.String,
  type: Schema.Literal("existingCall")
})))
/**
 * The schema of {@link ThreadRealtimeStartTransport}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadRealtimeStartTransport: Schema.Schema<ThreadRealtimeStartTransport> = exported("ThreadRealtimeStartTransport", $ThreadRealtimeStartTransport)

/**
 * EXPERIMENTAL - start a thread-scoped realtime session.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadRealtimeStartParams {
  /**
   * Relays public reasoning summaries as quiet context for realtime V3 delegations. Defaults to false.
   */
  readonly backendReasoningStatus?: boolean
  /**
   * Leaves Codex response handoffs to the client's explicit append calls instead of forwarding them automatically. Defaults to false.
   */
  readonly clientManagedHandoffs?: boolean | null
  /**
   * Overrides BEM channel prefixes by `analysis`, `commentary`, or `final`. Omitted channels retain their default uppercase bracketed prefixes.
   */
  readonly codexResponseHandoffChannelPrefixes?: { readonly [key: string]: ReadonlyArray<string> } | null
  /**
   * Selects how automatic Codex responses are routed in Frameless Bidi sessions. Omitted values default to `thinking`. Realtime V1 and V2 ignore this setting.
   */
  readonly codexResponseHandoffMode?: CodexResponseHandoffMode | null
  /**
   * Optional prefix added to automatic Codex response items when `codexResponsesAsItems` is true.
   */
  readonly codexResponseItemPrefix?: string | null
  /**
   * Sends automatic Codex responses as realtime conversation items instead of handoff appends.
   */
  readonly codexResponsesAsItems?: boolean | null
  /**
   * Controls whether a realtime V3 delegation produces an acknowledgement filler. Omitted values preserve the Realtime API's default behavior.
   */
  readonly delegationAckFiller?: boolean | null
  /**
   * Routes any transcript tail remaining at session end through Codex. Defaults to false. TODO: Remove this rollout knob once transcript-tail flushing is always enabled.
   */
  readonly flushTranscriptTailOnSessionEnd?: boolean | null
  /**
   * Set to false to start without Codex's startup context. Omitted or null includes it.
   */
  readonly includeStartupContext?: boolean | null
  /**
   * Adds complete role-bearing text items to the initial Frameless Bidi session history. This is only supported by realtime V3 and is sent during session startup. Requests are limited to 128 items and 8,192 estimated text tokens in total.
   */
  readonly initialItems?: ReadonlyArray<ThreadRealtimeInitialItem> | null
  /**
   * Overrides the configured realtime model for this session only.
   */
  readonly model?: string | null
  /**
   * Selects text or audio output for the realtime session. Transport and voice stay independent so clients can choose how they connect separately from what the model emits.
   */
  readonly outputModality: RealtimeOutputModality
  readonly prompt?: string | null
  /**
   * Developer instructions given to the backing Codex model when this realtime session ends.
   */
  readonly realtimeEndInstructions?: string | null
  readonly realtimeSessionId?: string | null
  /**
   * Developer instructions given to the backing Codex model when this realtime session starts.
   */
  readonly realtimeStartInstructions?: string | null
  readonly threadId: string
  readonly transport?: ThreadRealtimeStartTransport | null
  /**
   * Overrides the configured realtime protocol version for this session only.
   */
  readonly version?: RealtimeConversationVersion | null
  readonly voice?: RealtimeVoice | null
  /**
   * Client-generated identifier for the product voice session. This is distinct from `realtimeSessionId`.
   */
  readonly voiceSessionId?: string | null
}
const $ThreadRealtimeStartParams = lazy("ThreadRealtimeStartParams", (): Schema.Schema<ThreadRealtimeStartParams> => Schema.Struct({
  backendReasoningStatus: optional(Schema.Boolean),
  clientManagedHandoffs: optional(Schema.NullOr(Schema.Boolean)),
  codexResponseHandoffChannelPrefixes: optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.Array(Schema.String) }))),
  codexResponseHandoffMode: optional(Schema.NullOr($CodexResponseHandoffMode())),
  codexResponseItemPrefix: optional(Schema.NullOr(Schema.String)),
  codexResponsesAsItems: optional(Schema.NullOr(Schema.Boolean)),
  delegationAckFiller: optional(Schema.NullOr(Schema.Boolean)),
  flushTranscriptTailOnSessionEnd: optional(Schema.NullOr(Schema.Boolean)),
  includeStartupContext: optional(Schema.NullOr(Schema.Boolean)),
  initialItems: optional(Schema.NullOr(Schema.Array($ThreadRealtimeInitialItem()))),
  model: optional(Schema.NullOr(Schema.String)),
  outputModality: $RealtimeOutputModality(),
  prompt: optional(Schema.NullOr(Schema.String)),
  realtimeEndInstructions: optional(Schema.NullOr(Schema.String)),
  realtimeSessionId: optional(Schema.NullOr(Schema.String)),
  realtimeStartInstructions: optional(Schema.NullOr(Schema.String)),
  threadId: Schema.String,
  transport: optional(Schema.NullOr($ThreadRealtimeStartTransport())),
  version: optional(Schema.NullOr($RealtimeConversationVersion())),
  voice: optional(Schema.NullOr($RealtimeVoice())),
  voiceSessionId: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link ThreadRealtimeStartParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadRealtimeStartParams: Schema.Schema<ThreadRealtimeStartParams> = exported("ThreadRealtimeStartParams", $ThreadRealtimeStartParams)

/**
 * EXPERIMENTAL - stop thread realtime.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadRealtimeStopParams {
  readonly threadId: string
}
const $ThreadRealtimeStopParams = lazy("ThreadRealtimeStopParams", (): Schema.Schema<ThreadRealtimeStopParams> => Schema.Struct({
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadRealtimeStopParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadRealtimeStopParams: Schema.Schema<ThreadRealtimeStopParams> = exported("ThreadRealtimeStopParams", $ThreadRealtimeStopParams)

/**
 * Deprecated: `friendly` and `pragmatic` no longer select a style.
 *
 * @since 0.1.0
 * @category models
 */
export type Personality = "none" | "friendly" | "pragmatic"
const $Personality = lazy("Personality", (): Schema.Schema<Personality> => Schema.Literal("none", "friendly", "pragmatic"))
/**
 * The schema of {@link Personality}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Personality: Schema.Schema<Personality> = exported("Personality", $Personality)

/**
 * A non-empty reasoning effort value advertised by the model.
 *
 * @since 0.1.0
 * @category models
 */
export type ReasoningEffort = string
const $ReasoningEffort = lazy("ReasoningEffort", (): Schema.Schema<ReasoningEffort> => Schema.String)
/**
 * The schema of {@link ReasoningEffort}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ReasoningEffort: Schema.Schema<ReasoningEffort> = exported("ReasoningEffort", $ReasoningEffort)

/**
 * Reasoning settings interpreted by the backend for the routed model.
 *
 * @since 0.1.0
 * @category models
 */
export interface ConfigurationReasoning {
  readonly effort: ReasoningEffort
}
const $ConfigurationReasoning = lazy("ConfigurationReasoning", (): Schema.Schema<ConfigurationReasoning> => Schema.Struct({
  effort: $ReasoningEffort()
}))
/**
 * The schema of {@link ConfigurationReasoning}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ConfigurationReasoning: Schema.Schema<ConfigurationReasoning> = exported("ConfigurationReasoning", $ConfigurationReasoning)

/**
 * The `ContentItem` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ContentItem = {
  readonly text: string
  readonly type: "input_text"
} | {
  readonly detail?: ImageDetail | null
  readonly image_url: string
  readonly type: "input_image"
} | {
  readonly detail?: ImageDetail | null
  readonly file_id: string
  readonly type: "input_image"
} | {
  readonly audio_url: string
  readonly type: "input_audio"
} | {
  readonly file_id: string
  readonly type: "input_audio"
} | {
  readonly annotations?: ReadonlyArray<unknown> | null
  readonly logprobs?: ReadonlyArray<unknown> | null
  readonly text: string
  readonly type: "output_text"
}
const $ContentItem = lazy("ContentItem", (): Schema.Schema<ContentItem> => Schema.Union(Schema.Struct({
  text: Schema.String,
  type: Schema.Literal("input_text")
}), Schema.Union(Schema.Struct({
  detail: optional(Schema.NullOr($ImageDetail())),
  image_url: Schema.String,
  type: Schema.Literal("input_image")
}), Schema.Struct({
  detail: optional(Schema.NullOr($ImageDetail())),
  file_id: Schema.String,
  type: Schema.Literal("input_image")
})), Schema.Union(Schema.Struct({
  audio_url: Schema.String,
  type: Schema.Literal("input_audio")
}), Schema.Struct({
  file_id: Schema.String,
  type: Schema.Literal("input_audio")
})), Schema.Struct({
  annotations: optional(Schema.NullOr(Schema.Array(Schema.Unknown))),
  logprobs: optional(Schema.NullOr(Schema.Array(Schema.Unknown))),
  text: Schema.String,
  type: Schema.Literal("output_text")
})))
/**
 * The schema of {@link ContentItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ContentItem: Schema.Schema<ContentItem> = exported("ContentItem", $ContentItem)

/**
 * Responses API compatible content items that can be returned by a tool call. This is a subset of ContentItem with the types we support as function call outputs.
 *
 * @since 0.1.0
 * @category models
 */
export type FunctionCallOutputContentItem = {
  readonly text: string
  readonly type: "input_text"
} | {
  readonly detail?: ImageDetail | null
  readonly image_url: string
  readonly type: "input_image"
} | {
  readonly detail?: ImageDetail | null
  readonly file_id: string
  readonly type: "input_image"
} | {
  readonly audio_url: string
  readonly type: "input_audio"
} | {
  readonly file_id: string
  readonly type: "input_audio"
} | {
  readonly encrypted_content: string
  readonly type: "encrypted_content"
}
const $FunctionCallOutputContentItem = lazy("FunctionCallOutputContentItem", (): Schema.Schema<FunctionCallOutputContentItem> => Schema.Union(Schema.Struct({
  text: Schema.String,
  type: Schema.Literal("input_text")
}), Schema.Union(Schema.Struct({
  detail: optional(Schema.NullOr($ImageDetail())),
  image_url: Schema.String,
  type: Schema.Literal("input_image")
}), Schema.Struct({
  detail: optional(Schema.NullOr($ImageDetail())),
  file_id: Schema.String,
  type: Schema.Literal("input_image")
})), Schema.Union(Schema.Struct({
  audio_url: Schema.String,
  type: Schema.Literal("input_audio")
}), Schema.Struct({
  file_id: Schema.String,
  type: Schema.Literal("input_audio")
})), Schema.Struct({
  encrypted_content: Schema.String,
  type: Schema.Literal("encrypted_content")
})))
/**
 * The schema of {@link FunctionCallOutputContentItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FunctionCallOutputContentItem: Schema.Schema<FunctionCallOutputContentItem> = exported("FunctionCallOutputContentItem", $FunctionCallOutputContentItem)

/**
 * The `FunctionCallOutputBody` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type FunctionCallOutputBody = string | ReadonlyArray<FunctionCallOutputContentItem>
const $FunctionCallOutputBody = lazy("FunctionCallOutputBody", (): Schema.Schema<FunctionCallOutputBody> => Schema.Union(Schema.String, Schema.Array($FunctionCallOutputContentItem())))
/**
 * The schema of {@link FunctionCallOutputBody}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FunctionCallOutputBody: Schema.Schema<FunctionCallOutputBody> = exported("FunctionCallOutputBody", $FunctionCallOutputBody)

/**
 * Internal Responses API passthrough metadata copied into underlying chat messages.
 *
 * Responses API strongly types this payload. Do not modify it without first getting API approval and making the corresponding Responses API change.
 *
 * @since 0.1.0
 * @category models
 */
export interface InternalChatMessageMetadataPassthrough {
  readonly turn_id?: string | null
}
const $InternalChatMessageMetadataPassthrough = lazy("InternalChatMessageMetadataPassthrough", (): Schema.Schema<InternalChatMessageMetadataPassthrough> => Schema.Struct({
  turn_id: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link InternalChatMessageMetadataPassthrough}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const InternalChatMessageMetadataPassthrough: Schema.Schema<InternalChatMessageMetadataPassthrough> = exported("InternalChatMessageMetadataPassthrough", $InternalChatMessageMetadataPassthrough)

/**
 * The `LocalShellAction` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type LocalShellAction = {
  readonly command: ReadonlyArray<string>
  readonly env?: { readonly [key: string]: string } | null
  readonly timeout_ms?: number | null
  readonly type: "exec"
  readonly user?: string | null
  readonly working_directory?: string | null
}
const $LocalShellAction = lazy("LocalShellAction", (): Schema.Schema<LocalShellAction> => Schema.Struct({
  command: Schema.Array(Schema.String),
  env: optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.String }))),
  timeout_ms: optional(Schema.NullOr(Schema.Number)),
  type: Schema.Literal("exec"),
  user: optional(Schema.NullOr(Schema.String)),
  working_directory: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link LocalShellAction}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const LocalShellAction: Schema.Schema<LocalShellAction> = exported("LocalShellAction", $LocalShellAction)

/**
 * The `LocalShellStatus` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type LocalShellStatus = "completed" | "in_progress" | "incomplete"
const $LocalShellStatus = lazy("LocalShellStatus", (): Schema.Schema<LocalShellStatus> => Schema.Literal("completed", "in_progress", "incomplete"))
/**
 * The schema of {@link LocalShellStatus}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const LocalShellStatus: Schema.Schema<LocalShellStatus> = exported("LocalShellStatus", $LocalShellStatus)

/**
 * Classifies assistant text as commentary, a partial answer, or a terminal answer.
 *
 * Providers do not emit this consistently, so callers must treat `None` as "phase unknown" and keep compatibility behavior for legacy models.
 *
 * @since 0.1.0
 * @category models
 */
export type MessagePhase = "commentary" | "partial_answer" | "final_answer"
const $MessagePhase = lazy("MessagePhase", (): Schema.Schema<MessagePhase> => Schema.Union(Schema.Literal("commentary"), Schema.Literal("partial_answer"), Schema.Literal("final_answer")))
/**
 * The schema of {@link MessagePhase}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const MessagePhase: Schema.Schema<MessagePhase> = exported("MessagePhase", $MessagePhase)

/**
 * The `ReasoningItemContent` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ReasoningItemContent = {
  readonly text: string
  readonly type: "reasoning_text"
} | {
  readonly text: string
  readonly type: "text"
}
const $ReasoningItemContent = lazy("ReasoningItemContent", (): Schema.Schema<ReasoningItemContent> => Schema.Union(Schema.Struct({
  text: Schema.String,
  type: Schema.Literal("reasoning_text")
}), Schema.Struct({
  text: Schema.String,
  type: Schema.Literal("text")
})))
/**
 * The schema of {@link ReasoningItemContent}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ReasoningItemContent: Schema.Schema<ReasoningItemContent> = exported("ReasoningItemContent", $ReasoningItemContent)

/**
 * The `ReasoningItemReasoningSummary` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ReasoningItemReasoningSummary = {
  readonly text: string
  readonly type: "summary_text"
}
const $ReasoningItemReasoningSummary = lazy("ReasoningItemReasoningSummary", (): Schema.Schema<ReasoningItemReasoningSummary> => Schema.Struct({
  text: Schema.String,
  type: Schema.Literal("summary_text")
}))
/**
 * The schema of {@link ReasoningItemReasoningSummary}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ReasoningItemReasoningSummary: Schema.Schema<ReasoningItemReasoningSummary> = exported("ReasoningItemReasoningSummary", $ReasoningItemReasoningSummary)

/**
 * The `ResponsesApiWebSearchAction` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ResponsesApiWebSearchAction = {
  readonly queries?: ReadonlyArray<string> | null
  readonly query?: string | null
  readonly type: "search"
} | {
  readonly type: "open_page"
  readonly url?: string | null
} | {
  readonly pattern?: string | null
  readonly type: "find_in_page"
  readonly url?: string | null
} | {
  readonly type: "other"
}
const $ResponsesApiWebSearchAction = lazy("ResponsesApiWebSearchAction", (): Schema.Schema<ResponsesApiWebSearchAction> => Schema.Union(Schema.Struct({
  queries: optional(Schema.NullOr(Schema.Array(Schema.String))),
  query: optional(Schema.NullOr(Schema.String)),
  type: Schema.Literal("search")
}), Schema.Struct({
  type: Schema.Literal("open_page"),
  url: optional(Schema.NullOr(Schema.String))
}), Schema.Struct({
  pattern: optional(Schema.NullOr(Schema.String)),
  type: Schema.Literal("find_in_page"),
  url: optional(Schema.NullOr(Schema.String))
}), Schema.Struct({
  type: Schema.Literal("other")
})))
/**
 * The schema of {@link ResponsesApiWebSearchAction}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ResponsesApiWebSearchAction: Schema.Schema<ResponsesApiWebSearchAction> = exported("ResponsesApiWebSearchAction", $ResponsesApiWebSearchAction)

/**
 * The `ResponseItem` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ResponseItem = {
  readonly id?: string | null
  readonly role: string
  readonly tools: ReadonlyArray<unknown>
  readonly type: "additional_tools"
} | {
  readonly content: ReadonlyArray<ContentItem>
  readonly encrypted_content?: string | null
  readonly id?: string | null
  readonly internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null
  readonly phase?: MessagePhase | null
  readonly role: string
  readonly status?: string | null
  readonly type: "message"
} | {
  readonly author: string
  readonly content: ReadonlyArray<AgentMessageInputContent>
  readonly id?: string | null
  readonly internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null
  readonly recipient: string
  readonly type: "agent_message"
} | {
  readonly content?: ReadonlyArray<ReasoningItemContent> | null
  readonly encrypted_content?: string | null
  readonly id?: string | null
  readonly internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null
  readonly summary: ReadonlyArray<ReasoningItemReasoningSummary>
  readonly type: "reasoning"
} | {
  readonly action: LocalShellAction
  /**
   * Set when using the Responses API.
   */
  readonly call_id?: string | null
  readonly encrypted_content?: string | null
  /**
   * Legacy id field retained for compatibility with older payloads.
   */
  readonly id?: string | null
  readonly internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null
  readonly status: LocalShellStatus
  readonly type: "local_shell_call"
} | {
  readonly arguments: string
  readonly call_id: string
  readonly encrypted_content?: string | null
  readonly encrypted_function_args?: ReadonlyArray<string> | null
  readonly id?: string | null
  readonly internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null
  readonly name: string
  readonly namespace?: string | null
  readonly status?: string | null
  readonly type: "function_call"
} | {
  readonly arguments: unknown
  readonly call_id?: string | null
  readonly encrypted_content?: string | null
  readonly execution: string
  readonly id?: string | null
  readonly internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null
  readonly status?: string | null
  readonly type: "tool_search_call"
} | {
  readonly call_id?: string | null
  readonly id?: string | null
  readonly internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null
  readonly name?: string | null
  readonly namespace?: string | null
  readonly output: FunctionCallOutputBody
  readonly type: "function_call_output"
} | {
  readonly call_id: string
  readonly encrypted_content?: string | null
  readonly id?: string | null
  readonly input: string
  readonly internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null
  readonly name: string
  readonly namespace?: string | null
  readonly status?: string | null
  readonly type: "custom_tool_call"
} | {
  readonly call_id: string
  readonly id?: string | null
  readonly internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null
  readonly name?: string | null
  readonly output: FunctionCallOutputBody
  readonly type: "custom_tool_call_output"
} | {
  readonly call_id?: string | null
  readonly execution: string
  readonly id?: string | null
  readonly internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null
  readonly status: string
  readonly tools: ReadonlyArray<unknown>
  readonly type: "tool_search_output"
} | {
  readonly action?: ResponsesApiWebSearchAction | null
  readonly encrypted_content?: string | null
  readonly id?: string | null
  readonly internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null
  readonly status?: string | null
  readonly type: "web_search_call"
} | {
  readonly encrypted_content?: string | null
  readonly id?: string | null
  readonly internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null
  readonly result: string
  readonly revised_prompt?: string | null
  readonly status: string
  readonly type: "image_generation_call"
} | {
  readonly encrypted_content: string
  readonly id?: string | null
  readonly internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null
  readonly type: "compaction"
} | {
  readonly reasoning: ConfigurationReasoning
  readonly type: "configuration_update"
} | {
  readonly type: "compaction_trigger"
} | {
  readonly encrypted_content?: string | null
  readonly id?: string | null
  readonly internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null
  readonly type: "context_compaction"
} | {
  readonly type: "other"
}
const $ResponseItem = lazy("ResponseItem", (): Schema.Schema<ResponseItem> => Schema.Union(Schema.Struct({
  id: optional(Schema.NullOr(Schema.String)),
  role: Schema.String,
  tools: Schema.Array(Schema.Unknown),
  type: Schema.Literal("additional_tools")
}), Schema.Struct({
  content: Schema.Array($ContentItem()),
  encrypted_content: optional(Schema.NullOr(Schema.String)),
  id: optional(Schema.NullOr(Schema.String)),
  internal_chat_message_metadata_passthrough: optional(Schema.NullOr($InternalChatMessageMetadataPassthrough())),
  phase: optional(Schema.NullOr($MessagePhase())),
  role: Schema.String,
  status: optional(Schema.NullOr(Schema.String)),
  type: Schema.Literal("message")
}), Schema.Struct({
  author: Schema.String,
  content: Schema.Array($AgentMessageInputContent()),
  id: optional(Schema.NullOr(Schema.String)),
  internal_chat_message_metadata_passthrough: optional(Schema.NullOr($InternalChatMessageMetadataPassthrough())),
  recipient: Schema.String,
  type: Schema.Literal("agent_message")
}), Schema.Struct({
  content: optional(Schema.NullOr(Schema.Array($ReasoningItemContent()))),
  encrypted_content: optional(Schema.NullOr(Schema.String)),
  id: optional(Schema.NullOr(Schema.String)),
  internal_chat_message_metadata_passthrough: optional(Schema.NullOr($InternalChatMessageMetadataPassthrough())),
  summary: Schema.Array($ReasoningItemReasoningSummary()),
  type: Schema.Literal("reasoning")
}), Schema.Struct({
  action: $LocalShellAction(),
  call_id: optional(Schema.NullOr(Schema.String)),
  encrypted_content: optional(Schema.NullOr(Schema.String)),
  id: optional(Schema.NullOr(Schema.String)),
  internal_chat_message_metadata_passthrough: optional(Schema.NullOr($InternalChatMessageMetadataPassthrough())),
  status: $LocalShellStatus(),
  type: Schema.Literal("local_shell_call")
}), Schema.Struct({
  arguments: Schema.String,
  call_id: Schema.String,
  encrypted_content: optional(Schema.NullOr(Schema.String)),
  encrypted_function_args: optional(Schema.NullOr(Schema.Array(Schema.String))),
  id: optional(Schema.NullOr(Schema.String)),
  internal_chat_message_metadata_passthrough: optional(Schema.NullOr($InternalChatMessageMetadataPassthrough())),
  name: Schema.String,
  namespace: optional(Schema.NullOr(Schema.String)),
  status: optional(Schema.NullOr(Schema.String)),
  type: Schema.Literal("function_call")
}), Schema.Struct({
  arguments: Schema.Unknown,
  call_id: optional(Schema.NullOr(Schema.String)),
  encrypted_content: optional(Schema.NullOr(Schema.String)),
  execution: Schema.String,
  id: optional(Schema.NullOr(Schema.String)),
  internal_chat_message_metadata_passthrough: optional(Schema.NullOr($InternalChatMessageMetadataPassthrough())),
  status: optional(Schema.NullOr(Schema.String)),
  type: Schema.Literal("tool_search_call")
}), Schema.Struct({
  call_id: optional(Schema.NullOr(Schema.String)),
  id: optional(Schema.NullOr(Schema.String)),
  internal_chat_message_metadata_passthrough: optional(Schema.NullOr($InternalChatMessageMetadataPassthrough())),
  name: optional(Schema.NullOr(Schema.String)),
  namespace: optional(Schema.NullOr(Schema.String)),
  output: $FunctionCallOutputBody(),
  type: Schema.Literal("function_call_output")
}), Schema.Struct({
  call_id: Schema.String,
  encrypted_content: optional(Schema.NullOr(Schema.String)),
  id: optional(Schema.NullOr(Schema.String)),
  input: Schema.String,
  internal_chat_message_metadata_passthrough: optional(Schema.NullOr($InternalChatMessageMetadataPassthrough())),
  name: Schema.String,
  namespace: optional(Schema.NullOr(Schema.String)),
  status: optional(Schema.NullOr(Schema.String)),
  type: Schema.Literal("custom_tool_call")
}), Schema.Struct({
  call_id: Schema.String,
  id: optional(Schema.NullOr(Schema.String)),
  internal_chat_message_metadata_passthrough: optional(Schema.NullOr($InternalChatMessageMetadataPassthrough())),
  name: optional(Schema.NullOr(Schema.String)),
  output: $FunctionCallOutputBody(),
  type: Schema.Literal("custom_tool_call_output")
}), Schema.Struct({
  call_id: optional(Schema.NullOr(Schema.String)),
  execution: Schema.String,
  id: optional(Schema.NullOr(Schema.String)),
  internal_chat_message_metadata_passthrough: optional(Schema.NullOr($InternalChatMessageMetadataPassthrough())),
  status: Schema.String,
  tools: Schema.Array(Schema.Unknown),
  type: Schema.Literal("tool_search_output")
}), Schema.Struct({
  action: optional(Schema.NullOr($ResponsesApiWebSearchAction())),
  encrypted_content: optional(Schema.NullOr(Schema.String)),
  id: optional(Schema.NullOr(Schema.String)),
  internal_chat_message_metadata_passthrough: optional(Schema.NullOr($InternalChatMessageMetadataPassthrough())),
  status: optional(Schema.NullOr(Schema.String)),
  type: Schema.Literal("web_search_call")
}), Schema.Struct({
  encrypted_content: optional(Schema.NullOr(Schema.String)),
  id: optional(Schema.NullOr(Schema.String)),
  internal_chat_message_metadata_passthrough: optional(Schema.NullOr($InternalChatMessageMetadataPassthrough())),
  result: Schema.String,
  revised_prompt: optional(Schema.NullOr(Schema.String)),
  status: Schema.String,
  type: Schema.Literal("image_generation_call")
}), Schema.Struct({
  encrypted_content: Schema.String,
  id: optional(Schema.NullOr(Schema.String)),
  internal_chat_message_metadata_passthrough: optional(Schema.NullOr($InternalChatMessageMetadataPassthrough())),
  type: Schema.Literal("compaction")
}), Schema.Struct({
  reasoning: $ConfigurationReasoning(),
  type: Schema.Literal("configuration_update")
}), Schema.Struct({
  type: Schema.Literal("compaction_trigger")
}), Schema.Struct({
  encrypted_content: optional(Schema.NullOr(Schema.String)),
  id: optional(Schema.NullOr(Schema.String)),
  internal_chat_message_metadata_passthrough: optional(Schema.NullOr($InternalChatMessageMetadataPassthrough())),
  type: Schema.Literal("context_compaction")
}), Schema.Struct({
  type: Schema.Literal("other")
})))
/**
 * The schema of {@link ResponseItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ResponseItem: Schema.Schema<ResponseItem> = exported("ResponseItem", $ResponseItem)

/**
 * The `TurnItemsView` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type TurnItemsView = "notLoaded" | "summary" | "full"
const $TurnItemsView = lazy("TurnItemsView", (): Schema.Schema<TurnItemsView> => Schema.Union(Schema.Literal("notLoaded"), Schema.Literal("summary"), Schema.Literal("full")))
/**
 * The schema of {@link TurnItemsView}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const TurnItemsView: Schema.Schema<TurnItemsView> = exported("TurnItemsView", $TurnItemsView)

/**
 * The `ThreadResumeInitialTurnsPageParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadResumeInitialTurnsPageParams {
  /**
   * How much item detail to include for each returned turn; defaults to summary.
   */
  readonly itemsView?: TurnItemsView | null
  /**
   * Optional turn page size.
   */
  readonly limit?: number | null
  /**
   * Optional turn pagination direction; defaults to descending.
   */
  readonly sortDirection?: SortDirection | null
}
const $ThreadResumeInitialTurnsPageParams = lazy("ThreadResumeInitialTurnsPageParams", (): Schema.Schema<ThreadResumeInitialTurnsPageParams> => Schema.Struct({
  itemsView: optional(Schema.NullOr($TurnItemsView())),
  limit: optional(Schema.NullOr(Schema.Int)),
  sortDirection: optional(Schema.NullOr($SortDirection()))
}))
/**
 * The schema of {@link ThreadResumeInitialTurnsPageParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadResumeInitialTurnsPageParams: Schema.Schema<ThreadResumeInitialTurnsPageParams> = exported("ThreadResumeInitialTurnsPageParams", $ThreadResumeInitialTurnsPageParams)

/**
 * There are three ways to resume a thread: 1. By thread_id: load the thread from disk by thread_id and resume it. 2. By history: instantiate the thread from memory and resume it. 3. By path: load the thread from disk by path and resume it.
 *
 * For non-running threads, the precedence is: history > non-empty path > thread_id. If using history or a non-empty path for a non-running thread, the thread_id param will be ignored.
 *
 * If thread_id identifies a running thread, app-server rejoins that thread and treats a non-empty path as a consistency check against the active rollout path. Empty string path values are treated as absent.
 *
 * Prefer using thread_id whenever possible.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadResumeParams {
  readonly approvalPolicy?: AskForApproval | null
  /**
   * Override where approval requests are routed for review on this thread and subsequent turns.
   */
  readonly approvalsReviewer?: ApprovalsReviewer | null
  readonly baseInstructions?: string | null
  readonly config?: { readonly [key: string]: unknown } | null
  readonly cwd?: string | null
  readonly developerInstructions?: string | null
  /**
   * When true, return only thread metadata and live-resume state without populating `thread.turns`. This is useful when the client plans to call `thread/turns/list` immediately after resuming. Full-history hydration is deprecated for paginated threads; use this with `thread/turns/list` and `thread/items/list` instead.
   */
  readonly excludeTurns?: boolean
  /**
   * [UNSTABLE] FOR CODEX CLOUD - DO NOT USE. If specified, the thread will be resumed with the provided history instead of loaded from disk.
   */
  readonly history?: ReadonlyArray<ResponseItem> | null
  /**
   * When present, include a `thread/turns/list` page in the resume response so clients can bootstrap recent turns without a second request.
   */
  readonly initialTurnsPage?: ThreadResumeInitialTurnsPageParams | null
  /**
   * Configuration overrides for the resumed thread, if any.
   */
  readonly model?: string | null
  readonly modelProvider?: string | null
  /**
   * [UNSTABLE] Specify the rollout path to resume from. If specified for a non-running thread, the thread_id param will be ignored. If thread_id identifies a running thread, the path must match the active rollout path.
   */
  readonly path?: string | null
  /**
   * Named profile id for the resumed thread. Cannot be combined with `sandbox`.
   */
  readonly permissions?: string | null
  /**
   * @deprecated `friendly` and `pragmatic` no longer select a style. Changing this does not rewrite the thread's existing instructions.
   */
  readonly personality?: Personality | null
  /**
   * Replace the thread's runtime workspace roots. Paths must be absolute.
   */
  readonly runtimeWorkspaceRoots?: ReadonlyArray<AbsolutePathBuf> | null
  readonly sandbox?: SandboxMode | null
  readonly serviceTier?: string | null
  readonly threadId: string
}
const $ThreadResumeParams = lazy("ThreadResumeParams", (): Schema.Schema<ThreadResumeParams> => Schema.Struct({
  approvalPolicy: optional(Schema.NullOr($AskForApproval())),
  approvalsReviewer: optional(Schema.NullOr($ApprovalsReviewer())),
  baseInstructions: optional(Schema.NullOr(Schema.String)),
  config: optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.Unknown }))),
  cwd: optional(Schema.NullOr(Schema.String)),
  developerInstructions: optional(Schema.NullOr(Schema.String)),
  excludeTurns: optional(Schema.Boolean),
  history: optional(Schema.NullOr(Schema.Array($ResponseItem()))),
  initialTurnsPage: optional(Schema.NullOr($ThreadResumeInitialTurnsPageParams())),
  model: optional(Schema.NullOr(Schema.String)),
  modelProvider: optional(Schema.NullOr(Schema.String)),
  path: optional(Schema.NullOr(Schema.String)),
  permissions: optional(Schema.NullOr(Schema.String)),
  personality: optional(Schema.NullOr($Personality())),
  runtimeWorkspaceRoots: optional(Schema.NullOr(Schema.Array($AbsolutePathBuf()))),
  sandbox: optional(Schema.NullOr($SandboxMode())),
  serviceTier: optional(Schema.NullOr(Schema.String)),
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadResumeParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadResumeParams: Schema.Schema<ThreadResumeParams> = exported("ThreadResumeParams", $ThreadResumeParams)

/**
 * Replace a paginated thread's durable history with the prefix before one turn.
 *
 * This only changes persisted conversation history. It does not revert local file changes.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadRevertParams {
  /**
   * Turn excluded from the replacement history, together with every later turn.
   */
  readonly beforeTurnId: string
  readonly threadId: string
}
const $ThreadRevertParams = lazy("ThreadRevertParams", (): Schema.Schema<ThreadRevertParams> => Schema.Struct({
  beforeTurnId: Schema.String,
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadRevertParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadRevertParams: Schema.Schema<ThreadRevertParams> = exported("ThreadRevertParams", $ThreadRevertParams)

/**
 * The `ThreadSampleCancelParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadSampleCancelParams {
  readonly requestId: RequestId
}
const $ThreadSampleCancelParams = lazy("ThreadSampleCancelParams", (): Schema.Schema<ThreadSampleCancelParams> => Schema.Struct({
  requestId: $RequestId()
}))
/**
 * The schema of {@link ThreadSampleCancelParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadSampleCancelParams: Schema.Schema<ThreadSampleCancelParams> = exported("ThreadSampleCancelParams", $ThreadSampleCancelParams)

/**
 * The `ThreadSampleParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadSampleParams {
  /**
   * Allow sampling the latest turn before it finishes.
   */
  readonly allowInProgressTurn?: boolean
  /**
   * Disable MCP servers when the inherited window uses incremental tools on Responses Lite.
   */
  readonly disableMcp?: boolean
  /**
   * Applied only when the provider and model support cache-preserving reasoning-effort updates.
   */
  readonly effort?: ReasoningEffort | null
  /**
   * The loaded source's latest turn, which must be finished (completed, failed, or interrupted) unless `allowInProgressTurn` is true.
   */
  readonly expectedTurnId: string
  /**
   * Override upstream interruption on cancellation for this sample; otherwise inherit the parent.
   */
  readonly interruptOnCancel?: boolean | null
  readonly prompt: string
  /**
   * Optional metadata to enrich Codex's ResponsesAPI turn metadata.
   */
  readonly responsesapiClientMetadata?: { readonly [key: string]: string } | null
  readonly threadId: string
  readonly threadSource?: ThreadSource | null
  readonly turnTrigger?: string | null
}
const $ThreadSampleParams = lazy("ThreadSampleParams", (): Schema.Schema<ThreadSampleParams> => Schema.Struct({
  allowInProgressTurn: optional(Schema.Boolean),
  disableMcp: optional(Schema.Boolean),
  effort: optional(Schema.NullOr($ReasoningEffort())),
  expectedTurnId: Schema.String,
  interruptOnCancel: optional(Schema.NullOr(Schema.Boolean)),
  prompt: Schema.String,
  responsesapiClientMetadata: optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.String }))),
  threadId: Schema.String,
  threadSource: optional(Schema.NullOr($ThreadSource())),
  turnTrigger: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link ThreadSampleParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadSampleParams: Schema.Schema<ThreadSampleParams> = exported("ThreadSampleParams", $ThreadSampleParams)

/**
 * Request cancellation on the same connection. `thread/search/cancel` targets only `thread/search`; `thread/search/stream/cancel` targets only `thread/search/stream`. Cancellation is idempotent: the cancel response acknowledges the request, and an interrupted search completes with an error after its subprocess is stopped and reaped. If completion races cancellation, the original search may still succeed. An already-completed search is unaffected.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadSearchCancelParams {
  readonly requestId: RequestId
}
const $ThreadSearchCancelParams = lazy("ThreadSearchCancelParams", (): Schema.Schema<ThreadSearchCancelParams> => Schema.Struct({
  requestId: $RequestId()
}))
/**
 * The schema of {@link ThreadSearchCancelParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadSearchCancelParams: Schema.Schema<ThreadSearchCancelParams> = exported("ThreadSearchCancelParams", $ThreadSearchCancelParams)

/**
 * Parameters for searching visible message occurrences within one paginated thread.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadSearchOccurrencesParams {
  /**
   * Opaque cursor returned by a previous call for the same thread and search term.
   */
  readonly cursor?: string | null
  /**
   * Optional occurrence page size.
   */
  readonly limit?: number | null
  /**
   * Case-insensitive literal substring to find in visible user messages and both partial and final assistant answers.
   */
  readonly searchTerm: string
  readonly threadId: string
}
const $ThreadSearchOccurrencesParams = lazy("ThreadSearchOccurrencesParams", (): Schema.Schema<ThreadSearchOccurrencesParams> => Schema.Struct({
  cursor: optional(Schema.NullOr(Schema.String)),
  limit: optional(Schema.NullOr(Schema.Int)),
  searchTerm: Schema.String,
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadSearchOccurrencesParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadSearchOccurrencesParams: Schema.Schema<ThreadSearchOccurrencesParams> = exported("ThreadSearchOccurrencesParams", $ThreadSearchOccurrencesParams)

/**
 * The `ThreadSearchSortKey` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ThreadSearchSortKey = "created_at" | "updated_at" | "recency_at"
const $ThreadSearchSortKey = lazy("ThreadSearchSortKey", (): Schema.Schema<ThreadSearchSortKey> => Schema.Literal("created_at", "updated_at", "recency_at"))
/**
 * The schema of {@link ThreadSearchSortKey}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadSearchSortKey: Schema.Schema<ThreadSearchSortKey> = exported("ThreadSearchSortKey", $ThreadSearchSortKey)

/**
 * The `ThreadSearchParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadSearchParams {
  /**
   * Optional archived filter; when set to true, only archived threads are returned. If false or null, only non-archived threads are returned.
   */
  readonly archived?: boolean | null
  /**
   * Show local history visible to the current ChatGPT account. Defaults to false.
   */
  readonly currentAccountOnly?: boolean
  /**
   * Opaque pagination cursor returned by a previous call.
   */
  readonly cursor?: string | null
  /**
   * Include persistent threads attached to a parent in search results.
   */
  readonly includeAttachedThreads?: boolean
  /**
   * Optional page size; defaults to a reasonable server-side value.
   */
  readonly limit?: number | null
  /**
   * Required substring/full-text query. `thread/search/stream` limits this to 65,536 UTF-8 bytes after trimming surrounding whitespace.
   */
  readonly searchTerm: string
  /**
   * Optional sort direction; defaults to descending (newest first).
   */
  readonly sortDirection?: SortDirection | null
  /**
   * Optional sort key; defaults to created_at.
   */
  readonly sortKey?: ThreadSearchSortKey | null
  /**
   * Optional source filter; when set, only sessions from these source kinds are returned. When omitted or empty, defaults to interactive sources.
   */
  readonly sourceKinds?: ReadonlyArray<ThreadSourceKind> | null
}
const $ThreadSearchParams = lazy("ThreadSearchParams", (): Schema.Schema<ThreadSearchParams> => Schema.Struct({
  archived: optional(Schema.NullOr(Schema.Boolean)),
  currentAccountOnly: optional(Schema.Boolean),
  cursor: optional(Schema.NullOr(Schema.String)),
  includeAttachedThreads: optional(Schema.Boolean),
  limit: optional(Schema.NullOr(Schema.Int)),
  searchTerm: Schema.String,
  sortDirection: optional(Schema.NullOr($SortDirection())),
  sortKey: optional(Schema.NullOr($ThreadSearchSortKey())),
  sourceKinds: optional(Schema.NullOr(Schema.Array($ThreadSourceKind())))
}))
/**
 * The schema of {@link ThreadSearchParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadSearchParams: Schema.Schema<ThreadSearchParams> = exported("ThreadSearchParams", $ThreadSearchParams)

/**
 * Extensible visual presentation for a custom thread section.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadSectionAppearance {
  readonly color?: string | null
  readonly icon?: string | null
}
const $ThreadSectionAppearance = lazy("ThreadSectionAppearance", (): Schema.Schema<ThreadSectionAppearance> => Schema.Struct({
  color: optional(Schema.NullOr(Schema.String)),
  icon: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link ThreadSectionAppearance}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadSectionAppearance: Schema.Schema<ThreadSectionAppearance> = exported("ThreadSectionAppearance", $ThreadSectionAppearance)

/**
 * Parameters for creating an independently persisted thread section.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadSectionCreateParams {
  readonly appearance?: ThreadSectionAppearance | null
  /**
   * The user-visible name of the section.
   */
  readonly name: string
}
const $ThreadSectionCreateParams = lazy("ThreadSectionCreateParams", (): Schema.Schema<ThreadSectionCreateParams> => Schema.Struct({
  appearance: optional(Schema.NullOr($ThreadSectionAppearance())),
  name: Schema.String
}))
/**
 * The schema of {@link ThreadSectionCreateParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadSectionCreateParams: Schema.Schema<ThreadSectionCreateParams> = exported("ThreadSectionCreateParams", $ThreadSectionCreateParams)

/**
 * Parameters for deleting an independently persisted thread section.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadSectionDeleteParams {
  /**
   * The stable, server-generated identity of the section to delete.
   */
  readonly sectionId: string
}
const $ThreadSectionDeleteParams = lazy("ThreadSectionDeleteParams", (): Schema.Schema<ThreadSectionDeleteParams> => Schema.Struct({
  sectionId: Schema.String
}))
/**
 * The schema of {@link ThreadSectionDeleteParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadSectionDeleteParams: Schema.Schema<ThreadSectionDeleteParams> = exported("ThreadSectionDeleteParams", $ThreadSectionDeleteParams)

/**
 * Parameters for listing independently persisted thread sections.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadSectionListParams {
  /**
   * Opaque pagination cursor returned by a previous call.
   */
  readonly cursor?: string | null
  /**
   * Maximum number of sections to return.
   */
  readonly limit?: number | null
}
const $ThreadSectionListParams = lazy("ThreadSectionListParams", (): Schema.Schema<ThreadSectionListParams> => Schema.Struct({
  cursor: optional(Schema.NullOr(Schema.String)),
  limit: optional(Schema.NullOr(Schema.Int))
}))
/**
 * The schema of {@link ThreadSectionListParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadSectionListParams: Schema.Schema<ThreadSectionListParams> = exported("ThreadSectionListParams", $ThreadSectionListParams)

/**
 * Parameters for moving a thread within a server-owned section ordering.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadSectionMoveParams {
  /**
   * Existing thread to insert before; omission or null appends to the section.
   */
  readonly beforeThreadId?: string | null
  /**
   * Destination section, or `null` to remove the thread from its section.
   */
  readonly sectionId: string | null
  /**
   * Thread to move into, within, or out of a section.
   */
  readonly threadId: string
}
const $ThreadSectionMoveParams = lazy("ThreadSectionMoveParams", (): Schema.Schema<ThreadSectionMoveParams> => Schema.Struct({
  beforeThreadId: optional(Schema.NullOr(Schema.String)),
  sectionId: Schema.NullOr(Schema.String),
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadSectionMoveParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadSectionMoveParams: Schema.Schema<ThreadSectionMoveParams> = exported("ThreadSectionMoveParams", $ThreadSectionMoveParams)

/**
 * Parameters for updating an independently persisted thread section.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadSectionUpdateParams {
  /**
   * Omit to preserve appearance, use `null` to clear it, or provide a replacement.
   */
  readonly appearance?: ThreadSectionAppearance | null
  /**
   * The updated user-visible name of the section.
   */
  readonly name: string
  /**
   * The stable, server-generated identity of the section to update.
   */
  readonly sectionId: string
}
const $ThreadSectionUpdateParams = lazy("ThreadSectionUpdateParams", (): Schema.Schema<ThreadSectionUpdateParams> => Schema.Struct({
  appearance: optional(Schema.NullOr($ThreadSectionAppearance())),
  name: Schema.String,
  sectionId: Schema.String
}))
/**
 * The schema of {@link ThreadSectionUpdateParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadSectionUpdateParams: Schema.Schema<ThreadSectionUpdateParams> = exported("ThreadSectionUpdateParams", $ThreadSectionUpdateParams)

/**
 * The `ThreadSetNameParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadSetNameParams {
  readonly name: string
  readonly threadId: string
}
const $ThreadSetNameParams = lazy("ThreadSetNameParams", (): Schema.Schema<ThreadSetNameParams> => Schema.Struct({
  name: Schema.String,
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadSetNameParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadSetNameParams: Schema.Schema<ThreadSetNameParams> = exported("ThreadSetNameParams", $ThreadSetNameParams)

/**
 * Initial collaboration mode to use when the TUI starts.
 *
 * @since 0.1.0
 * @category models
 */
export type ModeKind = "plan" | "default"
const $ModeKind = lazy("ModeKind", (): Schema.Schema<ModeKind> => Schema.Literal("plan", "default"))
/**
 * The schema of {@link ModeKind}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ModeKind: Schema.Schema<ModeKind> = exported("ModeKind", $ModeKind)

/**
 * Settings for a collaboration mode.
 *
 * @since 0.1.0
 * @category models
 */
export interface Settings {
  readonly developer_instructions?: string | null
  readonly model: string
  readonly reasoning_effort?: ReasoningEffort | null
}
const $Settings = lazy("Settings", (): Schema.Schema<Settings> => Schema.Struct({
  developer_instructions: optional(Schema.NullOr(Schema.String)),
  model: Schema.String,
  reasoning_effort: optional(Schema.NullOr($ReasoningEffort()))
}))
/**
 * The schema of {@link Settings}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Settings: Schema.Schema<Settings> = exported("Settings", $Settings)

/**
 * Collaboration mode for a Codex session.
 *
 * @since 0.1.0
 * @category models
 */
export interface CollaborationMode {
  readonly mode: ModeKind
  readonly settings: Settings
}
const $CollaborationMode = lazy("CollaborationMode", (): Schema.Schema<CollaborationMode> => Schema.Struct({
  mode: $ModeKind(),
  settings: $Settings()
}))
/**
 * The schema of {@link CollaborationMode}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CollaborationMode: Schema.Schema<CollaborationMode> = exported("CollaborationMode", $CollaborationMode)

/**
 * Controls the effective multi-agent delegation instructions for a turn. `custom` means the configured mode hint defines the policy instead of a built-in policy.
 *
 * @since 0.1.0
 * @category models
 */
export type MultiAgentMode = "explicitRequestOnly" | "proactive" | {
  readonly custom: string
}
const $MultiAgentMode = lazy("MultiAgentMode", (): Schema.Schema<MultiAgentMode> => Schema.Union(Schema.Literal("explicitRequestOnly", "proactive"), Schema.Struct({
  custom: Schema.String
})))
/**
 * The schema of {@link MultiAgentMode}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const MultiAgentMode: Schema.Schema<MultiAgentMode> = exported("MultiAgentMode", $MultiAgentMode)

/**
 * A summary of the reasoning performed by the model. This can be useful for debugging and understanding the model's reasoning process. See https://platform.openai.com/docs/guides/reasoning?api-mode=responses#reasoning-summaries
 *
 * @since 0.1.0
 * @category models
 */
export type ReasoningSummary = "auto" | "concise" | "detailed" | "none"
const $ReasoningSummary = lazy("ReasoningSummary", (): Schema.Schema<ReasoningSummary> => Schema.Union(Schema.Literal("auto", "concise", "detailed"), Schema.Literal("none")))
/**
 * The schema of {@link ReasoningSummary}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ReasoningSummary: Schema.Schema<ReasoningSummary> = exported("ReasoningSummary", $ReasoningSummary)

/**
 * The `TurnEnvironmentParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface TurnEnvironmentParams {
  readonly cwd: LegacyAppPathString
  readonly environmentId: string
  /**
   * Environment-native runtime workspace roots. Omitted defaults to `cwd`.
   */
  readonly runtimeWorkspaceRoots?: ReadonlyArray<LegacyAppPathString> | null
}
const $TurnEnvironmentParams = lazy("TurnEnvironmentParams", (): Schema.Schema<TurnEnvironmentParams> => Schema.Struct({
  cwd: $LegacyAppPathString(),
  environmentId: Schema.String,
  runtimeWorkspaceRoots: optional(Schema.NullOr(Schema.Array($LegacyAppPathString())))
}))
/**
 * The schema of {@link TurnEnvironmentParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const TurnEnvironmentParams: Schema.Schema<TurnEnvironmentParams> = exported("TurnEnvironmentParams", $TurnEnvironmentParams)

/**
 * The `ThreadSettingsUpdateParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadSettingsUpdateParams {
  /**
   * Override the approval policy for subsequent turns.
   */
  readonly approvalPolicy?: AskForApproval | null
  /**
   * Override where approval requests are routed for subsequent turns.
   */
  readonly approvalsReviewer?: ApprovalsReviewer | null
  /**
   * EXPERIMENTAL - Set a pre-set collaboration mode for subsequent turns.
   *
   * For `collaboration_mode.settings.developer_instructions`, `null` means "use the built-in instructions for the selected mode".
   */
  readonly collaborationMode?: CollaborationMode | null
  /**
   * Override the working directory for subsequent turns.
   */
  readonly cwd?: string | null
  /**
   * Replace this thread's disabled plugin IDs. Omitted/null preserves the list; [] clears it.
   */
  readonly disabledPluginIds?: ReadonlyArray<string> | null
  /**
   * Override the reasoning effort for subsequent turns.
   */
  readonly effort?: ReasoningEffort | null
  /**
   * Replace the environments for future turns without changing the running turn. Omitted/null preserves the selection unless `cwd` is also provided, which selects the default environments for that directory. [] clears the selection.
   */
  readonly environments?: ReadonlyArray<TurnEnvironmentParams> | null
  /**
   * Override the model for subsequent turns.
   */
  readonly model?: string | null
  /**
   * @deprecated Ignored. Use `effort: "ultra"` for proactive multi-agent behavior.
   */
  readonly multiAgentMode?: MultiAgentMode | null
  /**
   * Select a named permissions profile id for subsequent turns. Cannot be combined with `sandboxPolicy`.
   */
  readonly permissions?: string | null
  /**
   * @deprecated `friendly` and `pragmatic` no longer select a style. Changing this does not rewrite the thread's existing instructions.
   */
  readonly personality?: Personality | null
  /**
   * Override the sandbox policy for subsequent turns.
   */
  readonly sandboxPolicy?: SandboxPolicy | null
  /**
   * Override the service tier for subsequent turns. `null` clears the current service tier; omission leaves it unchanged.
   */
  readonly serviceTier?: string | null
  /**
   * Override the reasoning summary for subsequent turns.
   */
  readonly summary?: ReasoningSummary | null
  readonly threadId: string
}
const $ThreadSettingsUpdateParams = lazy("ThreadSettingsUpdateParams", (): Schema.Schema<ThreadSettingsUpdateParams> => Schema.Struct({
  approvalPolicy: optional(Schema.NullOr($AskForApproval())),
  approvalsReviewer: optional(Schema.NullOr($ApprovalsReviewer())),
  collaborationMode: optional(Schema.NullOr($CollaborationMode())),
  cwd: optional(Schema.NullOr(Schema.String)),
  disabledPluginIds: optional(Schema.NullOr(Schema.Array(Schema.String))),
  effort: optional(Schema.NullOr($ReasoningEffort())),
  environments: optional(Schema.NullOr(Schema.Array($TurnEnvironmentParams()))),
  model: optional(Schema.NullOr(Schema.String)),
  multiAgentMode: optional(Schema.NullOr($MultiAgentMode())),
  permissions: optional(Schema.NullOr(Schema.String)),
  personality: optional(Schema.NullOr($Personality())),
  sandboxPolicy: optional(Schema.NullOr($SandboxPolicy())),
  serviceTier: optional(Schema.NullOr(Schema.String)),
  summary: optional(Schema.NullOr($ReasoningSummary())),
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadSettingsUpdateParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadSettingsUpdateParams: Schema.Schema<ThreadSettingsUpdateParams> = exported("ThreadSettingsUpdateParams", $ThreadSettingsUpdateParams)

/**
 * The `ThreadShellCommandParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadShellCommandParams {
  /**
   * Shell command string evaluated by the thread's configured shell. Unlike `command/exec`, this intentionally preserves shell syntax such as pipes, redirects, and quoting. This runs unsandboxed with full access rather than inheriting the thread sandbox policy.
   */
  readonly command: string
  readonly threadId: string
  /**
   * Maximum execution time in milliseconds. Defaults to one hour when omitted or null. Must be non-negative; zero requests an immediate timeout, not unlimited execution. Does not affect the immediate RPC acknowledgement.
   */
  readonly timeoutMs?: number | null
}
const $ThreadShellCommandParams = lazy("ThreadShellCommandParams", (): Schema.Schema<ThreadShellCommandParams> => Schema.Struct({
  command: Schema.String,
  threadId: Schema.String,
  timeoutMs: optional(Schema.NullOr(Schema.Number))
}))
/**
 * The schema of {@link ThreadShellCommandParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadShellCommandParams: Schema.Schema<ThreadShellCommandParams> = exported("ThreadShellCommandParams", $ThreadShellCommandParams)

/**
 * The `DynamicToolNamespaceTool` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type DynamicToolNamespaceTool = {
  readonly deferLoading?: boolean
  readonly description: string
  readonly inputSchema: unknown
  readonly name: string
  readonly type: "function"
}
const $DynamicToolNamespaceTool = lazy("DynamicToolNamespaceTool", (): Schema.Schema<DynamicToolNamespaceTool> => Schema.Struct({
  deferLoading: optional(Schema.Boolean),
  description: Schema.String,
  inputSchema: Schema.Unknown,
  name: Schema.String,
  type: Schema.Literal("function")
}))
/**
 * The schema of {@link DynamicToolNamespaceTool}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const DynamicToolNamespaceTool: Schema.Schema<DynamicToolNamespaceTool> = exported("DynamicToolNamespaceTool", $DynamicToolNamespaceTool)

/**
 * The `DynamicToolSpec` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type DynamicToolSpec = {
  readonly deferLoading?: boolean
  readonly description: string
  readonly inputSchema: unknown
  readonly name: string
  readonly type: "function"
} | {
  readonly description: string
  readonly name: string
  readonly tools: ReadonlyArray<DynamicToolNamespaceTool>
  readonly type: "namespace"
}
const $DynamicToolSpec = lazy("DynamicToolSpec", (): Schema.Schema<DynamicToolSpec> => Schema.Union(Schema.Struct({
  deferLoading: optional(Schema.Boolean),
  description: Schema.String,
  inputSchema: Schema.Unknown,
  name: Schema.String,
  type: Schema.Literal("function")
}), Schema.Struct({
  description: Schema.String,
  name: Schema.String,
  tools: Schema.Array($DynamicToolNamespaceTool()),
  type: Schema.Literal("namespace")
})))
/**
 * The schema of {@link DynamicToolSpec}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const DynamicToolSpec: Schema.Schema<DynamicToolSpec> = exported("DynamicToolSpec", $DynamicToolSpec)

/**
 * A user-selected root that can expose one or more runtime capabilities.
 *
 * @since 0.1.0
 * @category models
 */
export interface SelectedCapabilityRoot {
  /**
   * Stable identifier supplied by the capability selection platform.
   */
  readonly id: string
  /**
   * Where the selected root can be resolved.
   */
  readonly location: CapabilityRootLocation
}
const $SelectedCapabilityRoot = lazy("SelectedCapabilityRoot", (): Schema.Schema<SelectedCapabilityRoot> => Schema.Struct({
  id: Schema.String,
  location: $CapabilityRootLocation()
}))
/**
 * The schema of {@link SelectedCapabilityRoot}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SelectedCapabilityRoot: Schema.Schema<SelectedCapabilityRoot> = exported("SelectedCapabilityRoot", $SelectedCapabilityRoot)

/**
 * The `ThreadHistoryMode` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ThreadHistoryMode = "legacy" | "paginated"
const $ThreadHistoryMode = lazy("ThreadHistoryMode", (): Schema.Schema<ThreadHistoryMode> => Schema.Literal("legacy", "paginated"))
/**
 * The schema of {@link ThreadHistoryMode}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadHistoryMode: Schema.Schema<ThreadHistoryMode> = exported("ThreadHistoryMode", $ThreadHistoryMode)

/**
 * The `ThreadStartSource` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ThreadStartSource = "startup" | "clear"
const $ThreadStartSource = lazy("ThreadStartSource", (): Schema.Schema<ThreadStartSource> => Schema.Literal("startup", "clear"))
/**
 * The schema of {@link ThreadStartSource}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadStartSource: Schema.Schema<ThreadStartSource> = exported("ThreadStartSource", $ThreadStartSource)

/**
 * The `ThreadStartParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadStartParams {
  /**
   * Allow a provider with an authoritative static model catalog to replace an unavailable requested model with its default.
   */
  readonly allowProviderModelFallback?: boolean
  readonly approvalPolicy?: AskForApproval | null
  /**
   * Override where approval requests are routed for review on this thread and subsequent turns.
   */
  readonly approvalsReviewer?: ApprovalsReviewer | null
  readonly baseInstructions?: string | null
  readonly config?: { readonly [key: string]: unknown } | null
  readonly cwd?: string | null
  /**
   * Initial Daybreak choice for this persistent thread. Omitted or null leaves it unset. This does not select a turn's `cyberAccessProgram` or grant access. Not supported for ephemeral threads.
   */
  readonly daybreakEnabled?: boolean | null
  readonly developerInstructions?: string | null
  readonly dynamicTools?: ReadonlyArray<DynamicToolSpec> | null
  /**
   * Optional sticky environments for this thread.
   *
   * Omitted selects the default environment when environment access is enabled. Empty disables environment access for turns that do not provide a turn override. Non-empty selects the first environment as the current turn environment.
   */
  readonly environments?: ReadonlyArray<TurnEnvironmentParams> | null
  readonly ephemeral?: boolean | null
  /**
   * If true, opt into emitting raw Responses API items on the event stream. This is for internal use only (e.g. Codex Cloud).
   */
  readonly experimentalRawEvents?: boolean
  /**
   * Persisted thread history contract to use for this new thread.
   */
  readonly historyMode?: ThreadHistoryMode | null
  /**
   * Test-only experimental field used to validate experimental gating and schema filtering behavior in a stable way.
   */
  readonly mockExperimentalField?: string | null
  readonly model?: string | null
  readonly modelProvider?: string | null
  /**
   * @deprecated Ignored. Use Ultra reasoning effort for proactive multi-agent behavior.
   */
  readonly multiAgentMode?: MultiAgentMode | null
  /**
   * Named profile id for this thread. Cannot be combined with `sandbox`.
   */
  readonly permissions?: string | null
  /**
   * @deprecated `friendly` and `pragmatic` no longer select a style.
   */
  readonly personality?: Personality | null
  /**
   * Optional project identity for this new thread. Durable threads persist the assignment; ephemeral threads expose it only in live responses.
   */
  readonly projectId?: string | null
  /**
   * Replace the thread's runtime workspace roots. Paths must be absolute.
   */
  readonly runtimeWorkspaceRoots?: ReadonlyArray<AbsolutePathBuf> | null
  readonly sandbox?: SandboxMode | null
  /**
   * Capability roots selected for this thread by the hosting platform.
   */
  readonly selectedCapabilityRoots?: ReadonlyArray<SelectedCapabilityRoot> | null
  readonly serviceName?: string | null
  readonly serviceTier?: string | null
  readonly sessionStartSource?: ThreadStartSource | null
  /**
   * Optional client-supplied analytics source classification for this thread.
   */
  readonly threadSource?: ThreadSource | null
}
const $ThreadStartParams = lazy("ThreadStartParams", (): Schema.Schema<ThreadStartParams> => Schema.Struct({
  allowProviderModelFallback: optional(Schema.Boolean),
  approvalPolicy: optional(Schema.NullOr($AskForApproval())),
  approvalsReviewer: optional(Schema.NullOr($ApprovalsReviewer())),
  baseInstructions: optional(Schema.NullOr(Schema.String)),
  config: optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.Unknown }))),
  cwd: optional(Schema.NullOr(Schema.String)),
  daybreakEnabled: optional(Schema.NullOr(Schema.Boolean)),
  developerInstructions: optional(Schema.NullOr(Schema.String)),
  dynamicTools: optional(Schema.NullOr(Schema.Array($DynamicToolSpec()))),
  environments: optional(Schema.NullOr(Schema.Array($TurnEnvironmentParams()))),
  ephemeral: optional(Schema.NullOr(Schema.Boolean)),
  experimentalRawEvents: optional(Schema.Boolean),
  historyMode: optional(Schema.NullOr($ThreadHistoryMode())),
  mockExperimentalField: optional(Schema.NullOr(Schema.String)),
  model: optional(Schema.NullOr(Schema.String)),
  modelProvider: optional(Schema.NullOr(Schema.String)),
  multiAgentMode: optional(Schema.NullOr($MultiAgentMode())),
  permissions: optional(Schema.NullOr(Schema.String)),
  personality: optional(Schema.NullOr($Personality())),
  projectId: optional(Schema.NullOr(Schema.String)),
  runtimeWorkspaceRoots: optional(Schema.NullOr(Schema.Array($AbsolutePathBuf()))),
  sandbox: optional(Schema.NullOr($SandboxMode())),
  selectedCapabilityRoots: optional(Schema.NullOr(Schema.Array($SelectedCapabilityRoot()))),
  serviceName: optional(Schema.NullOr(Schema.String)),
  serviceTier: optional(Schema.NullOr(Schema.String)),
  sessionStartSource: optional(Schema.NullOr($ThreadStartSource())),
  threadSource: optional(Schema.NullOr($ThreadSource()))
}))
/**
 * The schema of {@link ThreadStartParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadStartParams: Schema.Schema<ThreadStartParams> = exported("ThreadStartParams", $ThreadStartParams)

/**
 * EXPERIMENTAL - list ordinary and realtime thread history in rollout order.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadTimelineListParams {
  readonly cursor?: string | null
  readonly limit?: number | null
  readonly threadId: string
}
const $ThreadTimelineListParams = lazy("ThreadTimelineListParams", (): Schema.Schema<ThreadTimelineListParams> => Schema.Struct({
  cursor: optional(Schema.NullOr(Schema.String)),
  limit: optional(Schema.NullOr(Schema.Int)),
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadTimelineListParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadTimelineListParams: Schema.Schema<ThreadTimelineListParams> = exported("ThreadTimelineListParams", $ThreadTimelineListParams)

/**
 * The `ThreadTurnsListParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadTurnsListParams {
  /**
   * Opaque cursor to pass to the next call to continue after the last turn.
   */
  readonly cursor?: string | null
  /**
   * How much item detail to include for each returned turn; defaults to summary.
   */
  readonly itemsView?: TurnItemsView | null
  /**
   * Optional turn page size.
   */
  readonly limit?: number | null
  /**
   * Optional turn pagination direction; defaults to descending.
   */
  readonly sortDirection?: SortDirection | null
  readonly threadId: string
}
const $ThreadTurnsListParams = lazy("ThreadTurnsListParams", (): Schema.Schema<ThreadTurnsListParams> => Schema.Struct({
  cursor: optional(Schema.NullOr(Schema.String)),
  itemsView: optional(Schema.NullOr($TurnItemsView())),
  limit: optional(Schema.NullOr(Schema.Int)),
  sortDirection: optional(Schema.NullOr($SortDirection())),
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadTurnsListParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadTurnsListParams: Schema.Schema<ThreadTurnsListParams> = exported("ThreadTurnsListParams", $ThreadTurnsListParams)

/**
 * The `ThreadUnarchiveParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadUnarchiveParams {
  readonly threadId: string
}
const $ThreadUnarchiveParams = lazy("ThreadUnarchiveParams", (): Schema.Schema<ThreadUnarchiveParams> => Schema.Struct({
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadUnarchiveParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadUnarchiveParams: Schema.Schema<ThreadUnarchiveParams> = exported("ThreadUnarchiveParams", $ThreadUnarchiveParams)

/**
 * The `ThreadUnsubscribeParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadUnsubscribeParams {
  readonly threadId: string
}
const $ThreadUnsubscribeParams = lazy("ThreadUnsubscribeParams", (): Schema.Schema<ThreadUnsubscribeParams> => Schema.Struct({
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadUnsubscribeParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadUnsubscribeParams: Schema.Schema<ThreadUnsubscribeParams> = exported("ThreadUnsubscribeParams", $ThreadUnsubscribeParams)

/**
 * The `TurnInterruptParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface TurnInterruptParams {
  readonly threadId: string
  readonly turnId: string
}
const $TurnInterruptParams = lazy("TurnInterruptParams", (): Schema.Schema<TurnInterruptParams> => Schema.Struct({
  threadId: Schema.String,
  turnId: Schema.String
}))
/**
 * The schema of {@link TurnInterruptParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const TurnInterruptParams: Schema.Schema<TurnInterruptParams> = exported("TurnInterruptParams", $TurnInterruptParams)

/**
 * Experimental settings changes for one running turn, not future turns. Unsupported fields are rejected rather than silently ignored. Any live task kind may accept publication. Child sessions and consumers of frozen initial settings are unchanged.
 *
 * @since 0.1.0
 * @category models
 */
export interface TurnSettingsUpdateParams {
  /**
   * Changes the active turn's reviewer without changing future thread settings. Already captured steps and pending approvals retain their original reviewer.
   */
  readonly approvalsReviewer?: ApprovalsReviewer | null
  /**
   * Omission or `null` leaves the effort unchanged.
   */
  readonly effort?: ReasoningEffort | null
  /**
   * Replace the environments for subsequent steps of this turn, not future turns. Omitted/null preserves the selection; [] clears it. An already-started step is unchanged.
   */
  readonly environments?: ReadonlyArray<TurnEnvironmentParams> | null
  /**
   * Omission or `null` leaves the model unchanged.
   */
  readonly model?: string | null
  /**
   * `null` clears the requested tier; omission leaves it unchanged.
   */
  readonly serviceTier?: string | null
  /**
   * Omission or `null` leaves the summary preference unchanged.
   */
  readonly summary?: ReasoningSummary | null
  readonly threadId: string
  readonly turnId: string
}
const $TurnSettingsUpdateParams = lazy("TurnSettingsUpdateParams", (): Schema.Schema<TurnSettingsUpdateParams> => Schema.Struct({
  approvalsReviewer: optional(Schema.NullOr($ApprovalsReviewer())),
  effort: optional(Schema.NullOr($ReasoningEffort())),
  environments: optional(Schema.NullOr(Schema.Array($TurnEnvironmentParams()))),
  model: optional(Schema.NullOr(Schema.String)),
  serviceTier: optional(Schema.NullOr(Schema.String)),
  summary: optional(Schema.NullOr($ReasoningSummary())),
  threadId: Schema.String,
  turnId: Schema.String
}))
/**
 * The schema of {@link TurnSettingsUpdateParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const TurnSettingsUpdateParams: Schema.Schema<TurnSettingsUpdateParams> = exported("TurnSettingsUpdateParams", $TurnSettingsUpdateParams)

/**
 * Requested cyber treatment for an OpenAI model turn. Authorization and model-tier restrictions remain server-owned.
 *
 * @since 0.1.0
 * @category models
 */
export type CyberAccessProgram = "standard" | "daybreakBlue" | "daybreakRed"
const $CyberAccessProgram = lazy("CyberAccessProgram", (): Schema.Schema<CyberAccessProgram> => Schema.Literal("standard", "daybreakBlue", "daybreakRed"))
/**
 * The schema of {@link CyberAccessProgram}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CyberAccessProgram: Schema.Schema<CyberAccessProgram> = exported("CyberAccessProgram", $CyberAccessProgram)

/**
 * The `TurnToolOutput` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface TurnToolOutput {
  readonly name: string
  readonly namespace?: string | null
  readonly output: FunctionCallOutputBody
  /**
   * Requests retention of this output in the thread's model history.
   */
  readonly retain?: boolean
}
const $TurnToolOutput = lazy("TurnToolOutput", (): Schema.Schema<TurnToolOutput> => Schema.Struct({
  name: Schema.String,
  namespace: optional(Schema.NullOr(Schema.String)),
  output: $FunctionCallOutputBody(),
  retain: optional(Schema.Boolean)
}))
/**
 * The schema of {@link TurnToolOutput}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const TurnToolOutput: Schema.Schema<TurnToolOutput> = exported("TurnToolOutput", $TurnToolOutput)

/**
 * The `TurnStartParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface TurnStartParams {
  /**
   * Optional client-provided context fragments keyed by an opaque source identifier.
   */
  readonly additionalContext?: { readonly [key: string]: AdditionalContextEntry } | null
  /**
   * Override the approval policy for this turn and subsequent turns.
   */
  readonly approvalPolicy?: AskForApproval | null
  /**
   * Override where approval requests are routed for review on this turn and subsequent turns.
   */
  readonly approvalsReviewer?: ApprovalsReviewer | null
  readonly clientUserMessageId?: string | null
  /**
   * EXPERIMENTAL - Set a pre-set collaboration mode. Takes precedence over model, reasoning_effort, and developer instructions if set.
   *
   * For `collaboration_mode.settings.developer_instructions`, `null` means "use the built-in instructions for the selected mode".
   */
  readonly collaborationMode?: CollaborationMode | null
  /**
   * Override the working directory for this turn and subsequent turns.
   */
  readonly cwd?: string | null
  /**
   * EXPERIMENTAL - Request an authorized cyber program for this turn. Omission preserves automatic behavior. This does not grant access.
   */
  readonly cyberAccessProgram?: CyberAccessProgram | null
  /**
   * Replace this thread's disabled plugin IDs. Omitted/null preserves the list; [] clears it.
   */
  readonly disabledPluginIds?: ReadonlyArray<string> | null
  /**
   * Override the reasoning effort for this turn and subsequent turns.
   */
  readonly effort?: ReasoningEffort | null
  /**
   * Optional environments for this turn and subsequent turns.
   *
   * Omitted uses the thread sticky environments. Empty disables environment access for this turn. Non-empty selects the first environment as the current turn environment for this turn.
   */
  readonly environments?: ReadonlyArray<TurnEnvironmentParams> | null
  readonly input: ReadonlyArray<UserInput>
  /**
   * Override the model for this turn and subsequent turns.
   */
  readonly model?: string | null
  /**
   * @deprecated Ignored. Use `effort: "ultra"` for proactive multi-agent behavior.
   */
  readonly multiAgentMode?: MultiAgentMode | null
  /**
   * Optional JSON Schema used to constrain the final assistant message for this turn.
   */
  readonly outputSchema?: unknown
  /**
   * ID of the turn that caused this new turn to start.
   *
   * Set this when starting work on behalf of another turn, such as delegated work in a different thread. Leave unset for work started directly by the user. Ignored when this request adds input to an active turn.
   */
  readonly parentTurnId?: string | null
  /**
   * Select a named permissions profile id for this turn and subsequent turns. Cannot be combined with `sandboxPolicy`.
   */
  readonly permissions?: string | null
  /**
   * @deprecated `friendly` and `pragmatic` no longer select a style. Changing this does not rewrite the thread's existing instructions.
   */
  readonly personality?: Personality | null
  /**
   * Optional metadata to enrich Codex's ResponsesAPI turn metadata. Replaces unprotected client-provided entries when supplied; an empty map clears them.
   *
   * Entries are flattened into the JSON string sent as `client_metadata["x-codex-turn-metadata"]` on ResponsesAPI HTTP and websocket requests.
   *
   * They are not sent as top-level ResponsesAPI `client_metadata` keys, and reserved keys such as `session_id`, `thread_id`, `turn_id`, and `window_id` cannot be overridden.
   */
  readonly responsesapiClientMetadata?: { readonly [key: string]: string } | null
  /**
   * Merge entries into the ResponsesAPI turn metadata without removing existing entries. Applied after `responsesapiClientMetadata` if both are provided; reserved keys remain protected.
   */
  readonly responsesapiClientMetadataPatch?: { readonly [key: string]: string } | null
  /**
   * ID of the first turn in the chain of work that led to this new turn.
   *
   * When setting `parentTurnId`, set this to the parent turn's `rootTurnId` when known. This keeps descendant work attributed to the original turn. If omitted, the new turn becomes its own root. Ignored when this request adds input to an active turn.
   */
  readonly rootTurnId?: string | null
  /**
   * Replace the thread's runtime workspace roots for this turn and subsequent turns. Paths must be absolute.
   */
  readonly runtimeWorkspaceRoots?: ReadonlyArray<AbsolutePathBuf> | null
  /**
   * Override the sandbox policy for this turn and subsequent turns.
   */
  readonly sandboxPolicy?: SandboxPolicy | null
  /**
   * Override the service tier for this turn and subsequent turns.
   */
  readonly serviceTier?: string | null
  /**
   * Override the service tier only when this request starts a new turn. Use "default" for standard speed. Omitted or null inherits the thread's tier. Does not change the thread's tier or a turn being steered.
   */
  readonly serviceTierForTurn?: string | null
  /**
   * Override the reasoning summary for this turn and subsequent turns.
   */
  readonly summary?: ReasoningSummary | null
  readonly threadId: string
  readonly toolOutput?: TurnToolOutput | null
  /**
   * Optional source classification for the caller that starts this turn. Ignored when this request steers an already-active turn.
   */
  readonly turnTrigger?: string | null
}
const $TurnStartParams = lazy("TurnStartParams", (): Schema.Schema<TurnStartParams> => Schema.Struct({
  additionalContext: optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: $AdditionalContextEntry() }))),
  approvalPolicy: optional(Schema.NullOr($AskForApproval())),
  approvalsReviewer: optional(Schema.NullOr($ApprovalsReviewer())),
  clientUserMessageId: optional(Schema.NullOr(Schema.String)),
  collaborationMode: optional(Schema.NullOr($CollaborationMode())),
  cwd: optional(Schema.NullOr(Schema.String)),
  cyberAccessProgram: optional(Schema.NullOr($CyberAccessProgram())),
  disabledPluginIds: optional(Schema.NullOr(Schema.Array(Schema.String))),
  effort: optional(Schema.NullOr($ReasoningEffort())),
  environments: optional(Schema.NullOr(Schema.Array($TurnEnvironmentParams()))),
  input: Schema.Array($UserInput()),
  model: optional(Schema.NullOr(Schema.String)),
  multiAgentMode: optional(Schema.NullOr($MultiAgentMode())),
  outputSchema: optional(Schema.Unknown),
  parentTurnId: optional(Schema.NullOr(Schema.String)),
  permissions: optional(Schema.NullOr(Schema.String)),
  personality: optional(Schema.NullOr($Personality())),
  responsesapiClientMetadata: optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.String }))),
  responsesapiClientMetadataPatch: optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.String }))),
  rootTurnId: optional(Schema.NullOr(Schema.String)),
  runtimeWorkspaceRoots: optional(Schema.NullOr(Schema.Array($AbsolutePathBuf()))),
  sandboxPolicy: optional(Schema.NullOr($SandboxPolicy())),
  serviceTier: optional(Schema.NullOr(Schema.String)),
  serviceTierForTurn: optional(Schema.NullOr(Schema.String)),
  summary: optional(Schema.NullOr($ReasoningSummary())),
  threadId: Schema.String,
  toolOutput: optional(Schema.NullOr($TurnToolOutput())),
  turnTrigger: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link TurnStartParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const TurnStartParams: Schema.Schema<TurnStartParams> = exported("TurnStartParams", $TurnStartParams)

/**
 * The `TurnSteerParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface TurnSteerParams {
  /**
   * Optional client-provided context fragments keyed by an opaque source identifier.
   */
  readonly additionalContext?: { readonly [key: string]: AdditionalContextEntry } | null
  readonly clientUserMessageId?: string | null
  /**
   * Required active turn id precondition. The request fails when it does not match the currently active turn.
   */
  readonly expectedTurnId: string
  readonly input: ReadonlyArray<UserInput>
  /**
   * Optional metadata to enrich Codex's ResponsesAPI turn metadata. Replaces unprotected client-provided entries when supplied; an empty map clears them.
   *
   * Entries are flattened into the JSON string sent as `client_metadata["x-codex-turn-metadata"]` on ResponsesAPI HTTP and websocket requests.
   *
   * They are not sent as top-level ResponsesAPI `client_metadata` keys, and reserved keys such as `session_id`, `thread_id`, `turn_id`, and `window_id` cannot be overridden.
   */
  readonly responsesapiClientMetadata?: { readonly [key: string]: string } | null
  /**
   * Merge entries into the ResponsesAPI turn metadata without removing existing entries. Applied after `responsesapiClientMetadata` if both are provided; reserved keys remain protected.
   */
  readonly responsesapiClientMetadataPatch?: { readonly [key: string]: string } | null
  readonly threadId: string
}
const $TurnSteerParams = lazy("TurnSteerParams", (): Schema.Schema<TurnSteerParams> => Schema.Struct({
  additionalContext: optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: $AdditionalContextEntry() }))),
  clientUserMessageId: optional(Schema.NullOr(Schema.String)),
  expectedTurnId: Schema.String,
  input: Schema.Array($UserInput()),
  responsesapiClientMetadata: optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.String }))),
  responsesapiClientMetadataPatch: optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.String }))),
  threadId: Schema.String
}))
/**
 * The schema of {@link TurnSteerParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const TurnSteerParams: Schema.Schema<TurnSteerParams> = exported("TurnSteerParams", $TurnSteerParams)

/**
 * Cancels a native verification RPC issued on this connection, not an elicitation. Use a fresh request ID for each operation and a distinct ID for this cancellation RPC.
 *
 * @since 0.1.0
 * @category models
 */
export interface UserVerificationCancelParams {
  readonly requestId: RequestId
}
const $UserVerificationCancelParams = lazy("UserVerificationCancelParams", (): Schema.Schema<UserVerificationCancelParams> => Schema.Struct({
  requestId: $RequestId()
}))
/**
 * The schema of {@link UserVerificationCancelParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UserVerificationCancelParams: Schema.Schema<UserVerificationCancelParams> = exported("UserVerificationCancelParams", $UserVerificationCancelParams)

/**
 * The `UserVerificationDeleteParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type UserVerificationDeleteParams = { readonly [key: string]: unknown }
const $UserVerificationDeleteParams = lazy("UserVerificationDeleteParams", (): Schema.Schema<UserVerificationDeleteParams> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link UserVerificationDeleteParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UserVerificationDeleteParams: Schema.Schema<UserVerificationDeleteParams> = exported("UserVerificationDeleteParams", $UserVerificationDeleteParams)

/**
 * The `UserVerificationEnrollParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type UserVerificationEnrollParams = { readonly [key: string]: unknown }
const $UserVerificationEnrollParams = lazy("UserVerificationEnrollParams", (): Schema.Schema<UserVerificationEnrollParams> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link UserVerificationEnrollParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UserVerificationEnrollParams: Schema.Schema<UserVerificationEnrollParams> = exported("UserVerificationEnrollParams", $UserVerificationEnrollParams)

/**
 * The `UserVerificationStatusParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type UserVerificationStatusParams = { readonly [key: string]: unknown }
const $UserVerificationStatusParams = lazy("UserVerificationStatusParams", (): Schema.Schema<UserVerificationStatusParams> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link UserVerificationStatusParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UserVerificationStatusParams: Schema.Schema<UserVerificationStatusParams> = exported("UserVerificationStatusParams", $UserVerificationStatusParams)

/**
 * Local signing primitive, independent of any pending elicitation.
 *
 * @since 0.1.0
 * @category models
 */
export interface UserVerificationVerifyParams {
  /**
   * Unpadded base64url encoding of 1–4096 challenge bytes.
   */
  readonly challenge: string
  /**
   * Additional display context; at most 4096 UTF-8 bytes.
   */
  readonly description: string
  /**
   * Display context already approved by the UI; 1–256 UTF-8 bytes.
   */
  readonly title: string
}
const $UserVerificationVerifyParams = lazy("UserVerificationVerifyParams", (): Schema.Schema<UserVerificationVerifyParams> => Schema.Struct({
  challenge: Schema.String,
  description: Schema.String,
  title: Schema.String
}))
/**
 * The schema of {@link UserVerificationVerifyParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UserVerificationVerifyParams: Schema.Schema<UserVerificationVerifyParams> = exported("UserVerificationVerifyParams", $UserVerificationVerifyParams)

/**
 * The `WindowsSandboxSetupMode` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type WindowsSandboxSetupMode = "elevated" | "unelevated"
const $WindowsSandboxSetupMode = lazy("WindowsSandboxSetupMode", (): Schema.Schema<WindowsSandboxSetupMode> => Schema.Literal("elevated", "unelevated"))
/**
 * The schema of {@link WindowsSandboxSetupMode}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WindowsSandboxSetupMode: Schema.Schema<WindowsSandboxSetupMode> = exported("WindowsSandboxSetupMode", $WindowsSandboxSetupMode)

/**
 * The `WindowsSandboxSetupStartParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface WindowsSandboxSetupStartParams {
  readonly cwd?: AbsolutePathBuf | null
  readonly mode: WindowsSandboxSetupMode
}
const $WindowsSandboxSetupStartParams = lazy("WindowsSandboxSetupStartParams", (): Schema.Schema<WindowsSandboxSetupStartParams> => Schema.Struct({
  cwd: optional(Schema.NullOr($AbsolutePathBuf())),
  mode: $WindowsSandboxSetupMode()
}))
/**
 * The schema of {@link WindowsSandboxSetupStartParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WindowsSandboxSetupStartParams: Schema.Schema<WindowsSandboxSetupStartParams> = exported("WindowsSandboxSetupStartParams", $WindowsSandboxSetupStartParams)

/**
 * Request from the client to the server.
 *
 * @since 0.1.0
 * @category models
 */
export type ClientRequest = {
  readonly id: RequestId
  readonly method: "initialize"
  readonly params: InitializeParams
} | {
  readonly id: RequestId
  readonly method: "server/diagnostics"
  readonly params: ServerDiagnosticsParams
} | {
  readonly id: RequestId
  readonly method: "userVerification/status"
  readonly params: UserVerificationStatusParams
} | {
  readonly id: RequestId
  readonly method: "userVerification/enroll"
  readonly params: UserVerificationEnrollParams
} | {
  readonly id: RequestId
  readonly method: "userVerification/delete"
  readonly params: UserVerificationDeleteParams
} | {
  readonly id: RequestId
  readonly method: "userVerification/verify"
  readonly params: UserVerificationVerifyParams
} | {
  readonly id: RequestId
  readonly method: "userVerification/cancel"
  readonly params: UserVerificationCancelParams
} | {
  readonly id: RequestId
  readonly method: "thread/start"
  readonly params: ThreadStartParams
} | {
  readonly id: RequestId
  readonly method: "thread/resume"
  readonly params: ThreadResumeParams
} | {
  readonly id: RequestId
  readonly method: "thread/fork"
  readonly params: ThreadForkParams
} | {
  readonly id: RequestId
  readonly method: "thread/sample"
  readonly params: ThreadSampleParams
} | {
  readonly id: RequestId
  readonly method: "thread/sample/cancel"
  readonly params: ThreadSampleCancelParams
} | {
  readonly id: RequestId
  readonly method: "thread/archive"
  readonly params: ThreadArchiveParams
} | {
  readonly id: RequestId
  readonly method: "thread/delete"
  readonly params: ThreadDeleteParams
} | {
  readonly id: RequestId
  readonly method: "thread/unsubscribe"
  readonly params: ThreadUnsubscribeParams
} | {
  readonly id: RequestId
  readonly method: "thread/increment_elicitation"
  readonly params: ThreadIncrementElicitationParams
} | {
  readonly id: RequestId
  readonly method: "thread/decrement_elicitation"
  readonly params: ThreadDecrementElicitationParams
} | {
  readonly id: RequestId
  readonly method: "thread/name/set"
  readonly params: ThreadSetNameParams
} | {
  readonly id: RequestId
  readonly method: "thread/prediction/request"
  readonly params: ThreadPredictionRequestParams
} | {
  readonly id: RequestId
  readonly method: "thread/goal/set"
  readonly params: ThreadGoalSetParams
} | {
  readonly id: RequestId
  readonly method: "thread/goal/get"
  readonly params: ThreadGoalGetParams
} | {
  readonly id: RequestId
  readonly method: "thread/goal/clear"
  readonly params: ThreadGoalClearParams
} | {
  readonly id: RequestId
  readonly method: "thread/queue/add"
  readonly params: ThreadQueueAddParams
} | {
  readonly id: RequestId
  readonly method: "thread/queue/list"
  readonly params: ThreadQueueListParams
} | {
  readonly id: RequestId
  readonly method: "thread/queue/update"
  readonly params: ThreadQueueUpdateParams
} | {
  readonly id: RequestId
  readonly method: "thread/queue/delete"
  readonly params: ThreadQueueDeleteParams
} | {
  readonly id: RequestId
  readonly method: "thread/queue/reorder"
  readonly params: ThreadQueueReorderParams
} | {
  readonly id: RequestId
  readonly method: "thread/queue/start"
  readonly params: ThreadQueueStartParams
} | {
  readonly id: RequestId
  readonly method: "thread/metadata/update"
  readonly params: ThreadMetadataUpdateParams
} | {
  readonly id: RequestId
  readonly method: "thread/attachment/add"
  readonly params: ThreadAttachmentAddParams
} | {
  readonly id: RequestId
  readonly method: "thread/attachment/list"
  readonly params: ThreadAttachmentListParams
} | {
  readonly id: RequestId
  readonly method: "thread/attachmentOwner/list"
  readonly params: ThreadAttachmentOwnerListParams
} | {
  readonly id: RequestId
  readonly method: "thread/attachment/remove"
  readonly params: ThreadAttachmentRemoveParams
} | {
  readonly id: RequestId
  readonly method: "thread/section/move"
  readonly params: ThreadSectionMoveParams
} | {
  readonly id: RequestId
  readonly method: "thread/settings/update"
  readonly params: ThreadSettingsUpdateParams
} | {
  readonly id: RequestId
  readonly method: "thread/memoryMode/set"
  readonly params: ThreadMemoryModeSetParams
} | {
  readonly id: RequestId
  readonly method: "thread/memory/read"
  readonly params: ThreadMemoryReadParams
} | {
  readonly id: RequestId
  readonly method: "memory/status"
  readonly params: MemoryStatusParams
} | {
  readonly id: RequestId
  readonly method: "memory/reset"
  readonly params?: null
} | {
  readonly id: RequestId
  readonly method: "rollout/compress"
  readonly params?: null
} | {
  readonly id: RequestId
  readonly method: "thread/unarchive"
  readonly params: ThreadUnarchiveParams
} | {
  readonly id: RequestId
  readonly method: "thread/compact/start"
  readonly params: ThreadCompactStartParams
} | {
  readonly id: RequestId
  readonly method: "thread/shellCommand"
  readonly params: ThreadShellCommandParams
} | {
  readonly id: RequestId
  readonly method: "thread/approveGuardianDeniedAction"
  readonly params: ThreadApproveGuardianDeniedActionParams
} | {
  readonly id: RequestId
  readonly method: "thread/backgroundTerminals/clean"
  readonly params: ThreadBackgroundTerminalsCleanParams
} | {
  readonly id: RequestId
  readonly method: "thread/backgroundTerminals/list"
  readonly params: ThreadBackgroundTerminalsListParams
} | {
  readonly id: RequestId
  readonly method: "thread/backgroundTerminals/terminate"
  readonly params: ThreadBackgroundTerminalsTerminateParams
} | {
  readonly id: RequestId
  readonly method: "thread/revert"
  readonly params: ThreadRevertParams
} | {
  readonly id: RequestId
  readonly method: "thread/list"
  readonly params: ThreadListParams
} | {
  readonly id: RequestId
  readonly method: "project/list"
  readonly params: ProjectListParams
} | {
  readonly id: RequestId
  readonly method: "project/read"
  readonly params: ProjectReadParams
} | {
  readonly id: RequestId
  readonly method: "project/create"
  readonly params: ProjectCreateParams
} | {
  readonly id: RequestId
  readonly method: "project/import"
  readonly params: ProjectImportParams
} | {
  readonly id: RequestId
  readonly method: "project/update"
  readonly params: ProjectUpdateParams
} | {
  readonly id: RequestId
  readonly method: "project/move"
  readonly params: ProjectMoveParams
} | {
  readonly id: RequestId
  readonly method: "project/delete"
  readonly params: ProjectDeleteParams
} | {
  readonly id: RequestId
  readonly method: "threadSection/list"
  readonly params: ThreadSectionListParams
} | {
  readonly id: RequestId
  readonly method: "threadSection/create"
  readonly params: ThreadSectionCreateParams
} | {
  readonly id: RequestId
  readonly method: "threadSection/update"
  readonly params: ThreadSectionUpdateParams
} | {
  readonly id: RequestId
  readonly method: "threadSection/delete"
  readonly params: ThreadSectionDeleteParams
} | {
  readonly id: RequestId
  readonly method: "thread/search"
  readonly params: ThreadSearchParams
} | {
  readonly id: RequestId
  readonly method: "thread/search/stream"
  readonly params: ThreadSearchParams
} | {
  readonly id: RequestId
  readonly method: "thread/search/cancel"
  readonly params: ThreadSearchCancelParams
} | {
  readonly id: RequestId
  readonly method: "thread/search/stream/cancel"
  readonly params: ThreadSearchCancelParams
} | {
  readonly id: RequestId
  readonly method: "thread/searchOccurrences"
  readonly params: ThreadSearchOccurrencesParams
} | {
  readonly id: RequestId
  readonly method: "thread/loaded/list"
  readonly params: ThreadLoadedListParams
} | {
  readonly id: RequestId
  readonly method: "thread/read"
  readonly params: ThreadReadParams
} | {
  readonly id: RequestId
  readonly method: "thread/readState/update"
  readonly params: ThreadReadStateUpdateParams
} | {
  readonly id: RequestId
  readonly method: "thread/turns/list"
  readonly params: ThreadTurnsListParams
} | {
  readonly id: RequestId
  readonly method: "thread/items/list"
  readonly params: ThreadItemsListParams
} | {
  readonly id: RequestId
  readonly method: "thread/items/read"
  readonly params: ThreadItemsReadParams
} | {
  readonly id: RequestId
  readonly method: "thread/guardianReview"
  readonly params: ThreadGuardianReviewParams
} | {
  readonly id: RequestId
  readonly method: "thread/inject_items"
  readonly params: ThreadInjectItemsParams
} | {
  readonly id: RequestId
  readonly method: "thread/prepareApprovedPlan"
  readonly params: ThreadPrepareApprovedPlanParams
} | {
  readonly id: RequestId
  readonly method: "skills/list"
  readonly params: SkillsListParams
} | {
  readonly id: RequestId
  readonly method: "skills/extraRoots/set"
  readonly params: SkillsExtraRootsSetParams
} | {
  readonly id: RequestId
  readonly method: "hooks/list"
  readonly params: HooksListParams
} | {
  readonly id: RequestId
  readonly method: "marketplace/add"
  readonly params: MarketplaceAddParams
} | {
  readonly id: RequestId
  readonly method: "marketplace/remove"
  readonly params: MarketplaceRemoveParams
} | {
  readonly id: RequestId
  readonly method: "marketplace/upgrade"
  readonly params: MarketplaceUpgradeParams
} | {
  readonly id: RequestId
  readonly method: "plugin/list"
  readonly params: PluginListParams
} | {
  readonly id: RequestId
  readonly method: "plugin/search"
  readonly params: PluginSearchParams
} | {
  readonly id: RequestId
  readonly method: "plugin/installed"
  readonly params: PluginInstalledParams
} | {
  readonly id: RequestId
  readonly method: "plugin/reconcile"
  readonly params: PluginReconcileParams
} | {
  readonly id: RequestId
  readonly method: "plugin/read"
  readonly params: PluginReadParams
} | {
  readonly id: RequestId
  readonly method: "plugin/skill/read"
  readonly params: PluginSkillReadParams
} | {
  readonly id: RequestId
  readonly method: "plugin/share/save"
  readonly params: PluginShareSaveParams
} | {
  readonly id: RequestId
  readonly method: "plugin/share/updateTargets"
  readonly params: PluginShareUpdateTargetsParams
} | {
  readonly id: RequestId
  readonly method: "plugin/share/list"
  readonly params: PluginShareListParams
} | {
  readonly id: RequestId
  readonly method: "plugin/share/checkout"
  readonly params: PluginShareCheckoutParams
} | {
  readonly id: RequestId
  readonly method: "plugin/share/delete"
  readonly params: PluginShareDeleteParams
} | {
  readonly id: RequestId
  readonly method: "app/read"
  readonly params: AppsReadParams
} | {
  readonly id: RequestId
  readonly method: "app/list"
  readonly params: AppsListParams
} | {
  readonly id: RequestId
  readonly method: "app/installed"
  readonly params: AppsInstalledParams
} | {
  readonly id: RequestId
  readonly method: "fs/readFile"
  readonly params: FsReadFileParams
} | {
  readonly id: RequestId
  readonly method: "fs/writeFile"
  readonly params: FsWriteFileParams
} | {
  readonly id: RequestId
  readonly method: "fs/createDirectory"
  readonly params: FsCreateDirectoryParams
} | {
  readonly id: RequestId
  readonly method: "fs/getMetadata"
  readonly params: FsGetMetadataParams
} | {
  readonly id: RequestId
  readonly method: "fs/readDirectory"
  readonly params: FsReadDirectoryParams
} | {
  readonly id: RequestId
  readonly method: "fs/remove"
  readonly params: FsRemoveParams
} | {
  readonly id: RequestId
  readonly method: "fs/copy"
  readonly params: FsCopyParams
} | {
  readonly id: RequestId
  readonly method: "fs/watch"
  readonly params: FsWatchParams
} | {
  readonly id: RequestId
  readonly method: "fs/unwatch"
  readonly params: FsUnwatchParams
} | {
  readonly id: RequestId
  readonly method: "skills/config/write"
  readonly params: SkillsConfigWriteParams
} | {
  readonly id: RequestId
  readonly method: "plugin/install"
  readonly params: PluginInstallParams
} | {
  readonly id: RequestId
  readonly method: "plugin/uninstall"
  readonly params: PluginUninstallParams
} | {
  readonly id: RequestId
  readonly method: "turn/start"
  readonly params: TurnStartParams
} | {
  readonly id: RequestId
  readonly method: "turn/settings/update"
  readonly params: TurnSettingsUpdateParams
} | {
  readonly id: RequestId
  readonly method: "turn/steer"
  readonly params: TurnSteerParams
} | {
  readonly id: RequestId
  readonly method: "turn/interrupt"
  readonly params: TurnInterruptParams
} | {
  readonly id: RequestId
  readonly method: "thread/realtime/start"
  readonly params: ThreadRealtimeStartParams
} | {
  readonly id: RequestId
  readonly method: "thread/realtime/appendAudio"
  readonly params: ThreadRealtimeAppendAudioParams
} | {
  readonly id: RequestId
  readonly method: "thread/realtime/appendText"
  readonly params: ThreadRealtimeAppendTextParams
} | {
  readonly id: RequestId
  readonly method: "thread/realtime/appendSpeech"
  readonly params: ThreadRealtimeAppendSpeechParams
} | {
  readonly id: RequestId
  readonly method: "thread/realtime/stop"
  readonly params: ThreadRealtimeStopParams
} | {
  readonly id: RequestId
  readonly method: "thread/timeline/list"
  readonly params: ThreadTimelineListParams
} | {
  readonly id: RequestId
  readonly method: "thread/realtime/list"
  readonly params: ThreadRealtimeListParams
} | {
  readonly id: RequestId
  readonly method: "thread/realtime/listVoices"
  readonly params: ThreadRealtimeListVoicesParams
} | {
  readonly id: RequestId
  readonly method: "review/start"
  readonly params: ReviewStartParams
} | {
  readonly id: RequestId
  readonly method: "model/list"
  readonly params: ModelListParams
} | {
  readonly id: RequestId
  readonly method: "account/gatewayOAuth/read"
  readonly params?: GatewayOAuthReadParams | null
} | {
  readonly id: RequestId
  readonly method: "account/gatewayOAuth/login"
  readonly params?: GatewayOAuthLoginParams | null
} | {
  readonly id: RequestId
  readonly method: "account/gatewayOAuth/cancel"
  readonly params?: null
} | {
  readonly id: RequestId
  readonly method: "modelProvider/list"
  readonly params: ModelProviderListParams
} | {
  readonly id: RequestId
  readonly method: "modelProvider/config/write"
  readonly params: ModelProviderConfigWriteParams
} | {
  readonly id: RequestId
  readonly method: "modelProvider/default/set"
  readonly params: ModelProviderDefaultSetParams
} | {
  readonly id: RequestId
  readonly method: "modelProvider/capabilities/read"
  readonly params: ModelProviderCapabilitiesReadParams
} | {
  readonly id: RequestId
  readonly method: "experimentalFeature/list"
  readonly params: ExperimentalFeatureListParams
} | {
  readonly id: RequestId
  readonly method: "permissionProfile/list"
  readonly params: PermissionProfileListParams
} | {
  readonly id: RequestId
  readonly method: "experimentalFeature/enablement/set"
  readonly params: ExperimentalFeatureEnablementSetParams
} | {
  readonly id: RequestId
  readonly method: "remoteControl/enable"
  readonly params?: RemoteControlEnableParams | null
} | {
  readonly id: RequestId
  readonly method: "remoteControl/disable"
  readonly params?: RemoteControlDisableParams | null
} | {
  readonly id: RequestId
  readonly method: "remoteControl/status/read"
  readonly params?: null
} | {
  readonly id: RequestId
  readonly method: "remoteControl/pairing/start"
  readonly params: RemoteControlPairingStartParams
} | {
  readonly id: RequestId
  readonly method: "remoteControl/pairing/status"
  readonly params: RemoteControlPairingStatusParams
} | {
  readonly id: RequestId
  readonly method: "remoteControl/client/list"
  readonly params: RemoteControlClientsListParams
} | {
  readonly id: RequestId
  readonly method: "remoteControl/client/revoke"
  readonly params: RemoteControlClientsRevokeParams
} | {
  readonly id: RequestId
  readonly method: "collaborationMode/list"
  readonly params: CollaborationModeListParams
} | {
  readonly id: RequestId
  readonly method: "mock/experimentalMethod"
  readonly params: MockExperimentalMethodParams
} | {
  readonly id: RequestId
  readonly method: "environment/add"
  readonly params: EnvironmentAddParams
} | {
  readonly id: RequestId
  readonly method: "environment/info"
  readonly params: EnvironmentInfoParams
} | {
  readonly id: RequestId
  readonly method: "environment/status"
  readonly params: EnvironmentStatusParams
} | {
  readonly id: RequestId
  readonly method: "mcpServer/oauth/login"
  readonly params: McpServerOauthLoginParams
} | {
  readonly id: RequestId
  readonly method: "config/mcpServer/reload"
  readonly params?: null
} | {
  readonly id: RequestId
  readonly method: "mcpServerStatus/list"
  readonly params: ListMcpServerStatusParams
} | {
  readonly id: RequestId
  readonly method: "mcpServer/resource/read"
  readonly params: McpResourceReadParams
} | {
  readonly id: RequestId
  readonly method: "mcpServer/event/stream/start"
  readonly params: McpServerEventStreamStartParams
} | {
  readonly id: RequestId
  readonly method: "mcpServer/event/stream/stop"
  readonly params: McpServerEventStreamStopParams
} | {
  readonly id: RequestId
  readonly method: "mcpServer/tool/call"
  readonly params: McpServerToolCallParams
} | {
  readonly id: RequestId
  readonly method: "windowsSandbox/setupStart"
  readonly params: WindowsSandboxSetupStartParams
} | {
  readonly id: RequestId
  readonly method: "windowsSandbox/readiness"
  readonly params?: null
} | {
  readonly id: RequestId
  readonly method: "account/login/start"
  readonly params: LoginAccountParams
} | {
  readonly id: RequestId
  readonly method: "account/bedrock/discover"
  readonly params: BedrockDiscoverParams
} | {
  readonly id: RequestId
  readonly method: "account/bedrock/setup"
  readonly params: BedrockSetupParams
} | {
  readonly id: RequestId
  readonly method: "account/gcp/setup"
  readonly params: GcpSetupParams
} | {
  readonly id: RequestId
  readonly method: "account/bedrock/checkGovCloudRequirements"
  readonly params: BedrockCheckGovCloudRequirementsParams
} | {
  readonly id: RequestId
  readonly method: "account/login/cancel"
  readonly params: CancelLoginAccountParams
} | {
  readonly id: RequestId
  readonly method: "accountSession/list"
  readonly params: AccountSessionsListParams
} | {
  readonly id: RequestId
  readonly method: "accountSession/switch"
  readonly params: AccountSessionsSwitchParams
} | {
  readonly id: RequestId
  readonly method: "account/logout"
  readonly params?: null
} | {
  readonly id: RequestId
  readonly method: "account/securitySetup/read"
  readonly params?: null
} | {
  readonly id: RequestId
  readonly method: "account/rateLimits/read"
  readonly params?: GetAccountRateLimitsParams | null
} | {
  readonly id: RequestId
  readonly method: "account/rateLimitResetCredit/consume"
  readonly params: ConsumeAccountRateLimitResetCreditParams
} | {
  readonly id: RequestId
  readonly method: "account/usage/read"
  readonly params?: GetAccountTokenUsageParams | null
} | {
  readonly id: RequestId
  readonly method: "account/workspaceMessages/read"
  readonly params?: null
} | {
  readonly id: RequestId
  readonly method: "account/sendAddCreditsNudgeEmail"
  readonly params: SendAddCreditsNudgeEmailParams
} | {
  readonly id: RequestId
  readonly method: "feedback/upload"
  readonly params: FeedbackUploadParams
} | {
  readonly id: RequestId
  readonly method: "feedback/save"
  readonly params: FeedbackSaveParams
} | {
  readonly id: RequestId
  readonly method: "command/exec"
  readonly params: CommandExecParams
} | {
  readonly id: RequestId
  readonly method: "command/exec/write"
  readonly params: CommandExecWriteParams
} | {
  readonly id: RequestId
  readonly method: "command/exec/terminate"
  readonly params: CommandExecTerminateParams
} | {
  readonly id: RequestId
  readonly method: "command/exec/resize"
  readonly params: CommandExecResizeParams
} | {
  readonly id: RequestId
  readonly method: "process/spawn"
  readonly params: ProcessSpawnParams
} | {
  readonly id: RequestId
  readonly method: "process/writeStdin"
  readonly params: ProcessWriteStdinParams
} | {
  readonly id: RequestId
  readonly method: "process/kill"
  readonly params: ProcessKillParams
} | {
  readonly id: RequestId
  readonly method: "process/resizePty"
  readonly params: ProcessResizePtyParams
} | {
  readonly id: RequestId
  readonly method: "config/read"
  readonly params: ConfigReadParams
} | {
  readonly id: RequestId
  readonly method: "externalAgentConfig/detect"
  readonly params: ExternalAgentConfigDetectParams
} | {
  readonly id: RequestId
  readonly method: "externalAgentConfig/import"
  readonly params: ExternalAgentConfigImportParams
} | {
  readonly id: RequestId
  readonly method: "externalAgentConfig/import/recordHistory"
  readonly params: ExternalAgentConfigImportHistoryRecordParams
} | {
  readonly id: RequestId
  readonly method: "externalAgentConfig/import/readHistories"
  readonly params?: null
} | {
  readonly id: RequestId
  readonly method: "config/value/write"
  readonly params: ConfigValueWriteParams
} | {
  readonly id: RequestId
  readonly method: "config/batchWrite"
  readonly params: ConfigBatchWriteParams
} | {
  readonly id: RequestId
  readonly method: "configRequirements/read"
  readonly params?: null
} | {
  readonly id: RequestId
  readonly method: "account/read"
  readonly params: GetAccountParams
} | {
  readonly id: RequestId
  readonly method: "fuzzyFileSearch"
  readonly params: FuzzyFileSearchParams
} | {
  readonly id: RequestId
  readonly method: "fuzzyFileSearch/sessionStart"
  readonly params: FuzzyFileSearchSessionStartParams
} | {
  readonly id: RequestId
  readonly method: "fuzzyFileSearch/sessionUpdate"
  readonly params: FuzzyFileSearchSessionUpdateParams
} | {
  readonly id: RequestId
  readonly method: "fuzzyFileSearch/sessionStop"
  readonly params: FuzzyFileSearchSessionStopParams
}
const $ClientRequest = lazy("ClientRequest", (): Schema.Schema<ClientRequest> => Schema.Union(Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("initialize"),
  params: $InitializeParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("server/diagnostics"),
  params: $ServerDiagnosticsParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("userVerification/status"),
  params: $UserVerificationStatusParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("userVerification/enroll"),
  params: $UserVerificationEnrollParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("userVerification/delete"),
  params: $UserVerificationDeleteParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("userVerification/verify"),
  params: $UserVerificationVerifyParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("userVerification/cancel"),
  params: $UserVerificationCancelParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("thread/start"),
  params: $ThreadStartParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("thread/resume"),
  params: $ThreadResumeParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("thread/fork"),
  params: $ThreadForkParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("thread/sample"),
  params: $ThreadSampleParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("thread/sample/cancel"),
  params: $ThreadSampleCancelParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("thread/archive"),
  params: $ThreadArchiveParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("thread/delete"),
  params: $ThreadDeleteParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("thread/unsubscribe"),
  params: $ThreadUnsubscribeParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("thread/increment_elicitation"),
  params: $ThreadIncrementElicitationParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("thread/decrement_elicitation"),
  params: $ThreadDecrementElicitationParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("thread/name/set"),
  params: $ThreadSetNameParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("thread/prediction/request"),
  params: $ThreadPredictionRequestParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("thread/goal/set"),
  params: $ThreadGoalSetParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("thread/goal/get"),
  params: $ThreadGoalGetParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("thread/goal/clear"),
  params: $ThreadGoalClearParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("thread/queue/add"),
  params: $ThreadQueueAddParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("thread/queue/list"),
  params: $ThreadQueueListParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("thread/queue/update"),
  params: $ThreadQueueUpdateParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("thread/queue/delete"),
  params: $ThreadQueueDeleteParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("thread/queue/reorder"),
  params: $ThreadQueueReorderParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("thread/queue/start"),
  params: $ThreadQueueStartParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("thread/metadata/update"),
  params: $ThreadMetadataUpdateParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("thread/attachment/add"),
  params: $ThreadAttachmentAddParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("thread/attachment/list"),
  params: $ThreadAttachmentListParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("thread/attachmentOwner/list"),
  params: $ThreadAttachmentOwnerListParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("thread/attachment/remove"),
  params: $ThreadAttachmentRemoveParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("thread/section/move"),
  params: $ThreadSectionMoveParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("thread/settings/update"),
  params: $ThreadSettingsUpdateParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("thread/memoryMode/set"),
  params: $ThreadMemoryModeSetParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("thread/memory/read"),
  params: $ThreadMemoryReadParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("memory/status"),
  params: $MemoryStatusParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("memory/reset"),
  params: optional(Schema.Null)
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("rollout/compress"),
  params: optional(Schema.Null)
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("thread/unarchive"),
  params: $ThreadUnarchiveParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("thread/compact/start"),
  params: $ThreadCompactStartParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("thread/shellCommand"),
  params: $ThreadShellCommandParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("thread/approveGuardianDeniedAction"),
  params: $ThreadApproveGuardianDeniedActionParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("thread/backgroundTerminals/clean"),
  params: $ThreadBackgroundTerminalsCleanParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("thread/backgroundTerminals/list"),
  params: $ThreadBackgroundTerminalsListParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("thread/backgroundTerminals/terminate"),
  params: $ThreadBackgroundTerminalsTerminateParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("thread/revert"),
  params: $ThreadRevertParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("thread/list"),
  params: $ThreadListParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("project/list"),
  params: $ProjectListParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("project/read"),
  params: $ProjectReadParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("project/create"),
  params: $ProjectCreateParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("project/import"),
  params: $ProjectImportParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("project/update"),
  params: $ProjectUpdateParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("project/move"),
  params: $ProjectMoveParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("project/delete"),
  params: $ProjectDeleteParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("threadSection/list"),
  params: $ThreadSectionListParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("threadSection/create"),
  params: $ThreadSectionCreateParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("threadSection/update"),
  params: $ThreadSectionUpdateParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("threadSection/delete"),
  params: $ThreadSectionDeleteParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("thread/search"),
  params: $ThreadSearchParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("thread/search/stream"),
  params: $ThreadSearchParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("thread/search/cancel"),
  params: $ThreadSearchCancelParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("thread/search/stream/cancel"),
  params: $ThreadSearchCancelParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("thread/searchOccurrences"),
  params: $ThreadSearchOccurrencesParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("thread/loaded/list"),
  params: $ThreadLoadedListParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("thread/read"),
  params: $ThreadReadParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("thread/readState/update"),
  params: $ThreadReadStateUpdateParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("thread/turns/list"),
  params: $ThreadTurnsListParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("thread/items/list"),
  params: $ThreadItemsListParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("thread/items/read"),
  params: $ThreadItemsReadParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("thread/guardianReview"),
  params: $ThreadGuardianReviewParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("thread/inject_items"),
  params: $ThreadInjectItemsParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("thread/prepareApprovedPlan"),
  params: $ThreadPrepareApprovedPlanParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("skills/list"),
  params: $SkillsListParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("skills/extraRoots/set"),
  params: $SkillsExtraRootsSetParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("hooks/list"),
  params: $HooksListParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("marketplace/add"),
  params: $MarketplaceAddParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("marketplace/remove"),
  params: $MarketplaceRemoveParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("marketplace/upgrade"),
  params: $MarketplaceUpgradeParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("plugin/list"),
  params: $PluginListParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("plugin/search"),
  params: $PluginSearchParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("plugin/installed"),
  params: $PluginInstalledParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("plugin/reconcile"),
  params: $PluginReconcileParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("plugin/read"),
  params: $PluginReadParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("plugin/skill/read"),
  params: $PluginSkillReadParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("plugin/share/save"),
  params: $PluginShareSaveParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("plugin/share/updateTargets"),
  params: $PluginShareUpdateTargetsParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("plugin/share/list"),
  params: $PluginShareListParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("plugin/share/checkout"),
  params: $PluginShareCheckoutParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("plugin/share/delete"),
  params: $PluginShareDeleteParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("app/read"),
  params: $AppsReadParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("app/list"),
  params: $AppsListParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("app/installed"),
  params: $AppsInstalledParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("fs/readFile"),
  params: $FsReadFileParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("fs/writeFile"),
  params: $FsWriteFileParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("fs/createDirectory"),
  params: $FsCreateDirectoryParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("fs/getMetadata"),
  params: $FsGetMetadataParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("fs/readDirectory"),
  params: $FsReadDirectoryParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("fs/remove"),
  params: $FsRemoveParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("fs/copy"),
  params: $FsCopyParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("fs/watch"),
  params: $FsWatchParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("fs/unwatch"),
  params: $FsUnwatchParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("skills/config/write"),
  params: $SkillsConfigWriteParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("plugin/install"),
  params: $PluginInstallParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("plugin/uninstall"),
  params: $PluginUninstallParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("turn/start"),
  params: $TurnStartParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("turn/settings/update"),
  params: $TurnSettingsUpdateParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("turn/steer"),
  params: $TurnSteerParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("turn/interrupt"),
  params: $TurnInterruptParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("thread/realtime/start"),
  params: $ThreadRealtimeStartParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("thread/realtime/appendAudio"),
  params: $ThreadRealtimeAppendAudioParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("thread/realtime/appendText"),
  params: $ThreadRealtimeAppendTextParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("thread/realtime/appendSpeech"),
  params: $ThreadRealtimeAppendSpeechParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("thread/realtime/stop"),
  params: $ThreadRealtimeStopParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("thread/timeline/list"),
  params: $ThreadTimelineListParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("thread/realtime/list"),
  params: $ThreadRealtimeListParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("thread/realtime/listVoices"),
  params: $ThreadRealtimeListVoicesParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("review/start"),
  params: $ReviewStartParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("model/list"),
  params: $ModelListParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("account/gatewayOAuth/read"),
  params: optional(Schema.NullOr($GatewayOAuthReadParams()))
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("account/gatewayOAuth/login"),
  params: optional(Schema.NullOr($GatewayOAuthLoginParams()))
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("account/gatewayOAuth/cancel"),
  params: optional(Schema.Null)
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("modelProvider/list"),
  params: $ModelProviderListParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("modelProvider/config/write"),
  params: $ModelProviderConfigWriteParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("modelProvider/default/set"),
  params: $ModelProviderDefaultSetParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("modelProvider/capabilities/read"),
  params: $ModelProviderCapabilitiesReadParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("experimentalFeature/list"),
  params: $ExperimentalFeatureListParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("permissionProfile/list"),
  params: $PermissionProfileListParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("experimentalFeature/enablement/set"),
  params: $ExperimentalFeatureEnablementSetParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("remoteControl/enable"),
  params: optional(Schema.NullOr($RemoteControlEnableParams()))
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("remoteControl/disable"),
  params: optional(Schema.NullOr($RemoteControlDisableParams()))
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("remoteControl/status/read"),
  params: optional(Schema.Null)
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("remoteControl/pairing/start"),
  params: $RemoteControlPairingStartParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("remoteControl/pairing/status"),
  params: $RemoteControlPairingStatusParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("remoteControl/client/list"),
  params: $RemoteControlClientsListParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("remoteControl/client/revoke"),
  params: $RemoteControlClientsRevokeParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("collaborationMode/list"),
  params: $CollaborationModeListParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("mock/experimentalMethod"),
  params: $MockExperimentalMethodParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("environment/add"),
  params: $EnvironmentAddParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("environment/info"),
  params: $EnvironmentInfoParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("environment/status"),
  params: $EnvironmentStatusParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("mcpServer/oauth/login"),
  params: $McpServerOauthLoginParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("config/mcpServer/reload"),
  params: optional(Schema.Null)
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("mcpServerStatus/list"),
  params: $ListMcpServerStatusParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("mcpServer/resource/read"),
  params: $McpResourceReadParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("mcpServer/event/stream/start"),
  params: $McpServerEventStreamStartParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("mcpServer/event/stream/stop"),
  params: $McpServerEventStreamStopParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("mcpServer/tool/call"),
  params: $McpServerToolCallParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("windowsSandbox/setupStart"),
  params: $WindowsSandboxSetupStartParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("windowsSandbox/readiness"),
  params: optional(Schema.Null)
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("account/login/start"),
  params: $LoginAccountParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("account/bedrock/discover"),
  params: $BedrockDiscoverParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("account/bedrock/setup"),
  params: $BedrockSetupParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("account/gcp/setup"),
  params: $GcpSetupParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("account/bedrock/checkGovCloudRequirements"),
  params: $BedrockCheckGovCloudRequirementsParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("account/login/cancel"),
  params: $CancelLoginAccountParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("accountSession/list"),
  params: $AccountSessionsListParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("accountSession/switch"),
  params: $AccountSessionsSwitchParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("account/logout"),
  params: optional(Schema.Null)
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("account/securitySetup/read"),
  params: optional(Schema.Null)
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("account/rateLimits/read"),
  params: optional(Schema.NullOr($GetAccountRateLimitsParams()))
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("account/rateLimitResetCredit/consume"),
  params: $ConsumeAccountRateLimitResetCreditParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("account/usage/read"),
  params: optional(Schema.NullOr($GetAccountTokenUsageParams()))
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("account/workspaceMessages/read"),
  params: optional(Schema.Null)
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("account/sendAddCreditsNudgeEmail"),
  params: $SendAddCreditsNudgeEmailParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("feedback/upload"),
  params: $FeedbackUploadParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("feedback/save"),
  params: $FeedbackSaveParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("command/exec"),
  params: $CommandExecParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("command/exec/write"),
  params: $CommandExecWriteParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("command/exec/terminate"),
  params: $CommandExecTerminateParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("command/exec/resize"),
  params: $CommandExecResizeParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("process/spawn"),
  params: $ProcessSpawnParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("process/writeStdin"),
  params: $ProcessWriteStdinParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("process/kill"),
  params: $ProcessKillParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("process/resizePty"),
  params: $ProcessResizePtyParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("config/read"),
  params: $ConfigReadParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("externalAgentConfig/detect"),
  params: $ExternalAgentConfigDetectParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("externalAgentConfig/import"),
  params: $ExternalAgentConfigImportParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("externalAgentConfig/import/recordHistory"),
  params: $ExternalAgentConfigImportHistoryRecordParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("externalAgentConfig/import/readHistories"),
  params: optional(Schema.Null)
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("config/value/write"),
  params: $ConfigValueWriteParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("config/batchWrite"),
  params: $ConfigBatchWriteParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("configRequirements/read"),
  params: optional(Schema.Null)
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("account/read"),
  params: $GetAccountParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("fuzzyFileSearch"),
  params: $FuzzyFileSearchParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("fuzzyFileSearch/sessionStart"),
  params: $FuzzyFileSearchSessionStartParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("fuzzyFileSearch/sessionUpdate"),
  params: $FuzzyFileSearchSessionUpdateParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("fuzzyFileSearch/sessionStop"),
  params: $FuzzyFileSearchSessionStopParams()
})))
/**
 * The schema of {@link ClientRequest}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ClientRequest: Schema.Schema<ClientRequest> = exported("ClientRequest", $ClientRequest)

/**
 * The `NonSteerableTurnKind` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type NonSteerableTurnKind = "review" | "compact" | (string & {})
const $NonSteerableTurnKind = lazy("NonSteerableTurnKind", (): Schema.Schema<NonSteerableTurnKind> => Schema.Union(Schema.Literal("review", "compact"), Schema.String))
/**
 * The schema of {@link NonSteerableTurnKind}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const NonSteerableTurnKind: Schema.Schema<NonSteerableTurnKind> = exported("NonSteerableTurnKind", $NonSteerableTurnKind)

/**
 * This translation layer make sure that we expose codex error code in camel case.
 *
 * When an upstream HTTP status is available (for example, from the Responses API or a provider), it is forwarded in `httpStatusCode` on the relevant `codexErrorInfo` variant.
 *
 * @since 0.1.0
 * @category models
 */
export type CodexErrorInfo = "contextWindowExceeded" | "sessionBudgetExceeded" | "usageLimitExceeded" | "rateLimitExceeded" | "flexUnavailable" | "serverOverloaded" | "modelNotFound" | "policyCapacityUnavailable" | "cyberPolicy" | "bioPolicy" | "misalignmentPolicyViolation" | "tooManyDenials" | "internalServerError" | "unauthorized" | "badRequest" | "threadRollbackFailed" | "sandboxError" | "other" | (string & {}) | "inferenceHookDenied" | {
  readonly httpConnectionFailed: {
    readonly httpStatusCode?: number | null
  }
} | {
  readonly responseStreamConnectionFailed: {
    readonly httpStatusCode?: number | null
  }
} | {
  readonly responseStreamDisconnected: {
    readonly httpStatusCode?: number | null
  }
} | {
  readonly responseTooManyFailedAttempts: {
    readonly httpStatusCode?: number | null
  }
} | {
  readonly activeTurnNotSteerable: {
    readonly turnKind: NonSteerableTurnKind
  }
} | string | { readonly [key: string]: unknown }
const $CodexErrorInfo = lazy("CodexErrorInfo", (): Schema.Schema<CodexErrorInfo> => Schema.Union(Schema.Union(Schema.Literal("contextWindowExceeded", "sessionBudgetExceeded", "usageLimitExceeded", "rateLimitExceeded", "flexUnavailable", "serverOverloaded", "modelNotFound", "policyCapacityUnavailable", "cyberPolicy", "bioPolicy", "misalignmentPolicyViolation", "tooManyDenials", "internalServerError", "unauthorized", "badRequest", "threadRollbackFailed", "sandboxError", "other"), Schema.String), Schema.Literal("inferenceHookDenied"), Schema.Struct({
  httpConnectionFailed: Schema.Struct({
    httpStatusCode: optional(Schema.NullOr(Schema.Int))
  })
}), Schema.Struct({
  responseStreamConnectionFailed: Schema.Struct({
    httpStatusCode: optional(Schema.NullOr(Schema.Int))
  })
}), Schema.Struct({
  responseStreamDisconnected: Schema.Struct({
    httpStatusCode: optional(Schema.NullOr(Schema.Int))
  })
}), Schema.Struct({
  responseTooManyFailedAttempts: Schema.Struct({
    httpStatusCode: optional(Schema.NullOr(Schema.Int))
  })
}), Schema.Struct({
  activeTurnNotSteerable: Schema.Struct({
    turnKind: $NonSteerableTurnKind()
  })
}), Schema.Union(Schema.String, Schema.Record({ key: Schema.String, value: Schema.Unknown }))))
/**
 * The schema of {@link CodexErrorInfo}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CodexErrorInfo: Schema.Schema<CodexErrorInfo> = exported("CodexErrorInfo", $CodexErrorInfo)

/**
 * The `CollabAgentStatus` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type CollabAgentStatus = "pendingInit" | "running" | "interrupted" | "completed" | "errored" | "shutdown" | "notFound" | (string & {})
const $CollabAgentStatus = lazy("CollabAgentStatus", (): Schema.Schema<CollabAgentStatus> => Schema.Union(Schema.Literal("pendingInit", "running", "interrupted", "completed", "errored", "shutdown", "notFound"), Schema.String))
/**
 * The schema of {@link CollabAgentStatus}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CollabAgentStatus: Schema.Schema<CollabAgentStatus> = exported("CollabAgentStatus", $CollabAgentStatus)

/**
 * The `CollabAgentState` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface CollabAgentState {
  readonly message?: string | null
  readonly status: CollabAgentStatus
}
const $CollabAgentState = lazy("CollabAgentState", (): Schema.Schema<CollabAgentState> => Schema.Struct({
  message: optional(Schema.NullOr(Schema.String)),
  status: $CollabAgentStatus()
}))
/**
 * The schema of {@link CollabAgentState}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CollabAgentState: Schema.Schema<CollabAgentState> = exported("CollabAgentState", $CollabAgentState)

/**
 * The `CollabAgentTool` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type CollabAgentTool = "spawnAgent" | "sendInput" | "resumeAgent" | "wait" | "closeAgent" | "sendMessage" | "followupTask" | "interruptAgent" | "listAgents" | (string & {})
const $CollabAgentTool = lazy("CollabAgentTool", (): Schema.Schema<CollabAgentTool> => Schema.Union(Schema.Literal("spawnAgent", "sendInput", "resumeAgent", "wait", "closeAgent", "sendMessage", "followupTask", "interruptAgent", "listAgents"), Schema.String))
/**
 * The schema of {@link CollabAgentTool}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CollabAgentTool: Schema.Schema<CollabAgentTool> = exported("CollabAgentTool", $CollabAgentTool)

/**
 * The `CollabAgentToolCallStatus` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type CollabAgentToolCallStatus = "inProgress" | "completed" | "failed" | "interrupted" | (string & {})
const $CollabAgentToolCallStatus = lazy("CollabAgentToolCallStatus", (): Schema.Schema<CollabAgentToolCallStatus> => Schema.Union(Schema.Literal("inProgress", "completed", "failed", "interrupted"), Schema.String))
/**
 * The schema of {@link CollabAgentToolCallStatus}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CollabAgentToolCallStatus: Schema.Schema<CollabAgentToolCallStatus> = exported("CollabAgentToolCallStatus", $CollabAgentToolCallStatus)

/**
 * EXPERIMENTAL - collaboration mode preset metadata for clients.
 *
 * @since 0.1.0
 * @category models
 */
export interface CollaborationModeMask {
  readonly mode?: ModeKind | null
  readonly model?: string | null
  readonly name: string
  readonly reasoning_effort?: ReasoningEffort | null | null
}
const $CollaborationModeMask = lazy("CollaborationModeMask", (): Schema.Schema<CollaborationModeMask> => Schema.Struct({
  mode: optional(Schema.NullOr($ModeKind())),
  model: optional(Schema.NullOr(Schema.String)),
  name: Schema.String,
  reasoning_effort: optional(Schema.NullOr(Schema.NullOr($ReasoningEffort())))
}))
/**
 * The schema of {@link CollaborationModeMask}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CollaborationModeMask: Schema.Schema<CollaborationModeMask> = exported("CollaborationModeMask", $CollaborationModeMask)

/**
 * EXPERIMENTAL - collaboration mode presets response.
 *
 * @since 0.1.0
 * @category models
 */
export interface CollaborationModeListResponse {
  readonly data: ReadonlyArray<CollaborationModeMask>
}
const $CollaborationModeListResponse = lazy("CollaborationModeListResponse", (): Schema.Schema<CollaborationModeListResponse> => Schema.Struct({
  data: Schema.Array($CollaborationModeMask())
}))
/**
 * The schema of {@link CollaborationModeListResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CollaborationModeListResponse: Schema.Schema<CollaborationModeListResponse> = exported("CollaborationModeListResponse", $CollaborationModeListResponse)

/**
 * The `CommandAction` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type CommandAction = {
  readonly command: string
  readonly name: string
  readonly path: LegacyAppPathString
  readonly type: "read"
} | {
  readonly command: string
  readonly path?: string | null
  readonly type: "listFiles"
} | {
  readonly command: string
  readonly path?: string | null
  readonly query?: string | null
  readonly type: "search"
} | {
  readonly command: string
  readonly type: "unknown"
}
const $CommandAction = lazy("CommandAction", (): Schema.Schema<CommandAction> => Schema.Union(Schema.Struct({
  command: Schema.String,
  name: Schema.String,
  path: $LegacyAppPathString(),
  type: Schema.Literal("read")
}), Schema.Struct({
  command: Schema.String,
  path: optional(Schema.NullOr(Schema.String)),
  type: Schema.Literal("listFiles")
}), Schema.Struct({
  command: Schema.String,
  path: optional(Schema.NullOr(Schema.String)),
  query: optional(Schema.NullOr(Schema.String)),
  type: Schema.Literal("search")
}), Schema.Struct({
  command: Schema.String,
  type: Schema.Literal("unknown")
})))
/**
 * The schema of {@link CommandAction}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CommandAction: Schema.Schema<CommandAction> = exported("CommandAction", $CommandAction)

/**
 * Stream label for `command/exec/outputDelta` notifications.
 *
 * @since 0.1.0
 * @category models
 */
export type CommandExecOutputStream = "stdout" | "stderr"
const $CommandExecOutputStream = lazy("CommandExecOutputStream", (): Schema.Schema<CommandExecOutputStream> => Schema.Union(Schema.Literal("stdout"), Schema.Literal("stderr")))
/**
 * The schema of {@link CommandExecOutputStream}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CommandExecOutputStream: Schema.Schema<CommandExecOutputStream> = exported("CommandExecOutputStream", $CommandExecOutputStream)

/**
 * Base64-encoded output chunk emitted for a streaming `command/exec` request.
 *
 * These notifications are connection-scoped. If the originating connection closes, the server terminates the process.
 *
 * @since 0.1.0
 * @category models
 */
export interface CommandExecOutputDeltaNotification {
  /**
   * `true` on the final streamed chunk for a stream when `outputBytesCap` truncated later output on that stream.
   */
  readonly capReached: boolean
  /**
   * Base64-encoded output bytes.
   */
  readonly deltaBase64: string
  /**
   * Client-supplied, connection-scoped `processId` from the original `command/exec` request.
   */
  readonly processId: string
  /**
   * Output stream for this chunk.
   */
  readonly stream: CommandExecOutputStream
}
const $CommandExecOutputDeltaNotification = lazy("CommandExecOutputDeltaNotification", (): Schema.Schema<CommandExecOutputDeltaNotification> => Schema.Struct({
  capReached: Schema.Boolean,
  deltaBase64: Schema.String,
  processId: Schema.String,
  stream: $CommandExecOutputStream()
}))
/**
 * The schema of {@link CommandExecOutputDeltaNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CommandExecOutputDeltaNotification: Schema.Schema<CommandExecOutputDeltaNotification> = exported("CommandExecOutputDeltaNotification", $CommandExecOutputDeltaNotification)

/**
 * Empty success response for `command/exec/resize`.
 *
 * @since 0.1.0
 * @category models
 */
export type CommandExecResizeResponse = { readonly [key: string]: unknown }
const $CommandExecResizeResponse = lazy("CommandExecResizeResponse", (): Schema.Schema<CommandExecResizeResponse> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link CommandExecResizeResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CommandExecResizeResponse: Schema.Schema<CommandExecResizeResponse> = exported("CommandExecResizeResponse", $CommandExecResizeResponse)

/**
 * Final buffered result for `command/exec`.
 *
 * @since 0.1.0
 * @category models
 */
export interface CommandExecResponse {
  /**
   * Process exit code.
   */
  readonly exitCode: number
  /**
   * Buffered stderr capture.
   *
   * Empty when stderr was streamed via `command/exec/outputDelta`.
   */
  readonly stderr: string
  /**
   * Buffered stdout capture.
   *
   * Empty when stdout was streamed via `command/exec/outputDelta`.
   */
  readonly stdout: string
}
const $CommandExecResponse = lazy("CommandExecResponse", (): Schema.Schema<CommandExecResponse> => Schema.Struct({
  exitCode: Schema.Int,
  stderr: Schema.String,
  stdout: Schema.String
}))
/**
 * The schema of {@link CommandExecResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CommandExecResponse: Schema.Schema<CommandExecResponse> = exported("CommandExecResponse", $CommandExecResponse)

/**
 * Empty success response for `command/exec/terminate`.
 *
 * @since 0.1.0
 * @category models
 */
export type CommandExecTerminateResponse = { readonly [key: string]: unknown }
const $CommandExecTerminateResponse = lazy("CommandExecTerminateResponse", (): Schema.Schema<CommandExecTerminateResponse> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link CommandExecTerminateResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CommandExecTerminateResponse: Schema.Schema<CommandExecTerminateResponse> = exported("CommandExecTerminateResponse", $CommandExecTerminateResponse)

/**
 * Empty success response for `command/exec/write`.
 *
 * @since 0.1.0
 * @category models
 */
export type CommandExecWriteResponse = { readonly [key: string]: unknown }
const $CommandExecWriteResponse = lazy("CommandExecWriteResponse", (): Schema.Schema<CommandExecWriteResponse> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link CommandExecWriteResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CommandExecWriteResponse: Schema.Schema<CommandExecWriteResponse> = exported("CommandExecWriteResponse", $CommandExecWriteResponse)

/**
 * The `CommandExecutionApprovalDecision` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type CommandExecutionApprovalDecision = "accept" | "acceptForSession" | {
  readonly acceptWithExecpolicyAmendment: {
    readonly execpolicy_amendment: ReadonlyArray<string>
  }
} | {
  readonly applyNetworkPolicyAmendment: {
    readonly network_policy_amendment: NetworkPolicyAmendment
  }
} | "decline" | "cancel"
const $CommandExecutionApprovalDecision = lazy("CommandExecutionApprovalDecision", (): Schema.Schema<CommandExecutionApprovalDecision> => Schema.Union(Schema.Literal("accept"), Schema.Literal("acceptForSession"), Schema.Struct({
  acceptWithExecpolicyAmendment: Schema.Struct({
    execpolicy_amendment: Schema.Array(Schema.String)
  })
}), Schema.Struct({
  applyNetworkPolicyAmendment: Schema.Struct({
    network_policy_amendment: $NetworkPolicyAmendment()
  })
}), Schema.Literal("decline"), Schema.Literal("cancel")))
/**
 * The schema of {@link CommandExecutionApprovalDecision}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CommandExecutionApprovalDecision: Schema.Schema<CommandExecutionApprovalDecision> = exported("CommandExecutionApprovalDecision", $CommandExecutionApprovalDecision)

/**
 * Distinguishes a command approval from input sent to an existing terminal.
 *
 * @since 0.1.0
 * @category models
 */
export type CommandExecutionApprovalKind = "command" | "writeStdin" | (string & {}) | "humanCommand"
const $CommandExecutionApprovalKind = lazy("CommandExecutionApprovalKind", (): Schema.Schema<CommandExecutionApprovalKind> => Schema.Union(Schema.Union(Schema.Literal("command", "writeStdin"), Schema.String), Schema.Literal("humanCommand")))
/**
 * The schema of {@link CommandExecutionApprovalKind}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CommandExecutionApprovalKind: Schema.Schema<CommandExecutionApprovalKind> = exported("CommandExecutionApprovalKind", $CommandExecutionApprovalKind)

/**
 * The `CommandExecutionOutputDeltaNotification` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface CommandExecutionOutputDeltaNotification {
  readonly delta: string
  readonly itemId: string
  readonly threadId: string
  readonly turnId: string
}
const $CommandExecutionOutputDeltaNotification = lazy("CommandExecutionOutputDeltaNotification", (): Schema.Schema<CommandExecutionOutputDeltaNotification> => Schema.Struct({
  delta: Schema.String,
  itemId: Schema.String,
  threadId: Schema.String,
  turnId: Schema.String
}))
/**
 * The schema of {@link CommandExecutionOutputDeltaNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CommandExecutionOutputDeltaNotification: Schema.Schema<CommandExecutionOutputDeltaNotification> = exported("CommandExecutionOutputDeltaNotification", $CommandExecutionOutputDeltaNotification)

/**
 * The `NetworkApprovalProtocol` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type NetworkApprovalProtocol = "http" | "https" | "socks5Tcp" | "socks5Udp" | (string & {})
const $NetworkApprovalProtocol = lazy("NetworkApprovalProtocol", (): Schema.Schema<NetworkApprovalProtocol> => Schema.Union(Schema.Literal("http", "https", "socks5Tcp", "socks5Udp"), Schema.String))
/**
 * The schema of {@link NetworkApprovalProtocol}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const NetworkApprovalProtocol: Schema.Schema<NetworkApprovalProtocol> = exported("NetworkApprovalProtocol", $NetworkApprovalProtocol)

/**
 * The `NetworkApprovalContext` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface NetworkApprovalContext {
  readonly host: string
  readonly protocol: NetworkApprovalProtocol
}
const $NetworkApprovalContext = lazy("NetworkApprovalContext", (): Schema.Schema<NetworkApprovalContext> => Schema.Struct({
  host: Schema.String,
  protocol: $NetworkApprovalProtocol()
}))
/**
 * The schema of {@link NetworkApprovalContext}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const NetworkApprovalContext: Schema.Schema<NetworkApprovalContext> = exported("NetworkApprovalContext", $NetworkApprovalContext)

/**
 * The `CommandExecutionRequestApprovalParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface CommandExecutionRequestApprovalParams {
  /**
   * Optional additional permissions requested for this command.
   */
  readonly additionalPermissions?: AdditionalPermissionProfile | null
  /**
   * Unique identifier for this specific approval callback.
   *
   * For regular shell/unified_exec approvals, this is null.
   *
   * For zsh-exec-bridge subcommand approvals, multiple callbacks can belong to one parent `itemId`, so `approvalId` is a distinct opaque callback id (a UUID) used to disambiguate routing. Stdin approvals also use a distinct callback id; inspect `kind` to distinguish them.
   */
  readonly approvalId?: string | null
  /**
   * Ordered list of decisions the client may present for this prompt.
   */
  readonly availableDecisions?: ReadonlyArray<CommandExecutionApprovalDecision> | null
  /**
   * The command to be executed.
   */
  readonly command?: string | null
  /**
   * Best-effort parsed command actions for friendly display.
   */
  readonly commandActions?: ReadonlyArray<CommandAction> | null
  /**
   * The command's working directory.
   */
  readonly cwd?: LegacyAppPathString | null
  /**
   * Environment in which the command will run.
   */
  readonly environmentId?: string | null
  readonly itemId: string
  /**
   * Kind of action under review. Defaults to `command` for older servers.
   */
  readonly kind?: CommandExecutionApprovalKind
  /**
   * Optional context for a managed-network approval prompt.
   */
  readonly networkApprovalContext?: NetworkApprovalContext | null
  /**
   * Optional proposed execpolicy amendment to allow similar commands without prompting.
   */
  readonly proposedExecpolicyAmendment?: ReadonlyArray<string> | null
  /**
   * Optional proposed network policy amendments (allow/deny host) for future requests.
   */
  readonly proposedNetworkPolicyAmendments?: ReadonlyArray<NetworkPolicyAmendment> | null
  /**
   * Optional explanatory reason (e.g. request for network access).
   */
  readonly reason?: string | null
  /**
   * Unix timestamp (in milliseconds) when this approval request started.
   */
  readonly startedAtMs: number
  readonly threadId: string
  readonly turnId: string
}
const $CommandExecutionRequestApprovalParams = lazy("CommandExecutionRequestApprovalParams", (): Schema.Schema<CommandExecutionRequestApprovalParams> => Schema.Struct({
  additionalPermissions: optional(Schema.NullOr($AdditionalPermissionProfile())),
  approvalId: optional(Schema.NullOr(Schema.String)),
  availableDecisions: optional(Schema.NullOr(Schema.Array($CommandExecutionApprovalDecision()))),
  command: optional(Schema.NullOr(Schema.String)),
  commandActions: optional(Schema.NullOr(Schema.Array($CommandAction()))),
  cwd: optional(Schema.NullOr($LegacyAppPathString())),
  environmentId: optional(Schema.NullOr(Schema.String)),
  itemId: Schema.String,
  kind: optional($CommandExecutionApprovalKind()),
  networkApprovalContext: optional(Schema.NullOr($NetworkApprovalContext())),
  proposedExecpolicyAmendment: optional(Schema.NullOr(Schema.Array(Schema.String))),
  proposedNetworkPolicyAmendments: optional(Schema.NullOr(Schema.Array($NetworkPolicyAmendment()))),
  reason: optional(Schema.NullOr(Schema.String)),
  startedAtMs: Schema.Number,
  threadId: Schema.String,
  turnId: Schema.String
}))
/**
 * The schema of {@link CommandExecutionRequestApprovalParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CommandExecutionRequestApprovalParams: Schema.Schema<CommandExecutionRequestApprovalParams> = exported("CommandExecutionRequestApprovalParams", $CommandExecutionRequestApprovalParams)

/**
 * The `CommandExecutionRequestApprovalResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface CommandExecutionRequestApprovalResponse {
  readonly decision: CommandExecutionApprovalDecision
}
const $CommandExecutionRequestApprovalResponse = lazy("CommandExecutionRequestApprovalResponse", (): Schema.Schema<CommandExecutionRequestApprovalResponse> => Schema.Struct({
  decision: $CommandExecutionApprovalDecision()
}))
/**
 * The schema of {@link CommandExecutionRequestApprovalResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CommandExecutionRequestApprovalResponse: Schema.Schema<CommandExecutionRequestApprovalResponse> = exported("CommandExecutionRequestApprovalResponse", $CommandExecutionRequestApprovalResponse)

/**
 * The `CommandExecutionSource` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type CommandExecutionSource = "agent" | "userShell" | "unifiedExecStartup" | "unifiedExecInteraction" | (string & {})
const $CommandExecutionSource = lazy("CommandExecutionSource", (): Schema.Schema<CommandExecutionSource> => Schema.Union(Schema.Literal("agent", "userShell", "unifiedExecStartup", "unifiedExecInteraction"), Schema.String))
/**
 * The schema of {@link CommandExecutionSource}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CommandExecutionSource: Schema.Schema<CommandExecutionSource> = exported("CommandExecutionSource", $CommandExecutionSource)

/**
 * The `CommandExecutionStatus` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type CommandExecutionStatus = "inProgress" | "completed" | "failed" | "declined" | (string & {})
const $CommandExecutionStatus = lazy("CommandExecutionStatus", (): Schema.Schema<CommandExecutionStatus> => Schema.Union(Schema.Literal("inProgress", "completed", "failed", "declined"), Schema.String))
/**
 * The schema of {@link CommandExecutionStatus}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const CommandExecutionStatus: Schema.Schema<CommandExecutionStatus> = exported("CommandExecutionStatus", $CommandExecutionStatus)

/**
 * The `ComputerUseMacosConfig` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ComputerUseMacosConfig {
  readonly bundle_ids?: { readonly [key: string]: AllowDenyRequirement } | null
}
const $ComputerUseMacosConfig = lazy("ComputerUseMacosConfig", (): Schema.Schema<ComputerUseMacosConfig> => Schema.Struct({
  bundle_ids: optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: $AllowDenyRequirement() })))
}))
/**
 * The schema of {@link ComputerUseMacosConfig}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ComputerUseMacosConfig: Schema.Schema<ComputerUseMacosConfig> = exported("ComputerUseMacosConfig", $ComputerUseMacosConfig)

/**
 * The `ComputerUseWindowsExeConfig` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ComputerUseWindowsExeConfig {
  readonly access: AllowDenyRequirement
  readonly binary_name?: string | null
  readonly product_name: string
  readonly publisher_name: string
}
const $ComputerUseWindowsExeConfig = lazy("ComputerUseWindowsExeConfig", (): Schema.Schema<ComputerUseWindowsExeConfig> => Schema.Struct({
  access: $AllowDenyRequirement(),
  binary_name: optional(Schema.NullOr(Schema.String)),
  product_name: Schema.String,
  publisher_name: Schema.String
}))
/**
 * The schema of {@link ComputerUseWindowsExeConfig}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ComputerUseWindowsExeConfig: Schema.Schema<ComputerUseWindowsExeConfig> = exported("ComputerUseWindowsExeConfig", $ComputerUseWindowsExeConfig)

/**
 * The `ComputerUseWindowsConfig` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ComputerUseWindowsConfig {
  readonly aumids?: { readonly [key: string]: AllowDenyRequirement } | null
  readonly exes?: ReadonlyArray<ComputerUseWindowsExeConfig> | null
}
const $ComputerUseWindowsConfig = lazy("ComputerUseWindowsConfig", (): Schema.Schema<ComputerUseWindowsConfig> => Schema.Struct({
  aumids: optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: $AllowDenyRequirement() }))),
  exes: optional(Schema.NullOr(Schema.Array($ComputerUseWindowsExeConfig())))
}))
/**
 * The schema of {@link ComputerUseWindowsConfig}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ComputerUseWindowsConfig: Schema.Schema<ComputerUseWindowsConfig> = exported("ComputerUseWindowsConfig", $ComputerUseWindowsConfig)

/**
 * The `ComputerUseConfig` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ComputerUseConfig {
  readonly default_app_access?: AllowDenyRequirement | null
  readonly macos?: ComputerUseMacosConfig | null
  readonly windows?: ComputerUseWindowsConfig | null
}
const $ComputerUseConfig = lazy("ComputerUseConfig", (): Schema.Schema<ComputerUseConfig> => Schema.Struct({
  default_app_access: optional(Schema.NullOr($AllowDenyRequirement())),
  macos: optional(Schema.NullOr($ComputerUseMacosConfig())),
  windows: optional(Schema.NullOr($ComputerUseWindowsConfig()))
}))
/**
 * The schema of {@link ComputerUseConfig}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ComputerUseConfig: Schema.Schema<ComputerUseConfig> = exported("ComputerUseConfig", $ComputerUseConfig)

/**
 * The `ComputerUseMacosRequirements` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ComputerUseMacosRequirements {
  readonly bundleIds?: { readonly [key: string]: AllowDenyRequirement } | null
}
const $ComputerUseMacosRequirements = lazy("ComputerUseMacosRequirements", (): Schema.Schema<ComputerUseMacosRequirements> => Schema.Struct({
  bundleIds: optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: $AllowDenyRequirement() })))
}))
/**
 * The schema of {@link ComputerUseMacosRequirements}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ComputerUseMacosRequirements: Schema.Schema<ComputerUseMacosRequirements> = exported("ComputerUseMacosRequirements", $ComputerUseMacosRequirements)

/**
 * The `ComputerUseWindowsExeRequirement` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ComputerUseWindowsExeRequirement {
  readonly access: AllowDenyRequirement
  readonly binaryName?: string | null
  readonly productName: string
  readonly publisherName: string
}
const $ComputerUseWindowsExeRequirement = lazy("ComputerUseWindowsExeRequirement", (): Schema.Schema<ComputerUseWindowsExeRequirement> => Schema.Struct({
  access: $AllowDenyRequirement(),
  binaryName: optional(Schema.NullOr(Schema.String)),
  productName: Schema.String,
  publisherName: Schema.String
}))
/**
 * The schema of {@link ComputerUseWindowsExeRequirement}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ComputerUseWindowsExeRequirement: Schema.Schema<ComputerUseWindowsExeRequirement> = exported("ComputerUseWindowsExeRequirement", $ComputerUseWindowsExeRequirement)

/**
 * The `ComputerUseWindowsRequirements` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ComputerUseWindowsRequirements {
  readonly aumids?: { readonly [key: string]: AllowDenyRequirement } | null
  readonly exes?: ReadonlyArray<ComputerUseWindowsExeRequirement> | null
}
const $ComputerUseWindowsRequirements = lazy("ComputerUseWindowsRequirements", (): Schema.Schema<ComputerUseWindowsRequirements> => Schema.Struct({
  aumids: optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: $AllowDenyRequirement() }))),
  exes: optional(Schema.NullOr(Schema.Array($ComputerUseWindowsExeRequirement())))
}))
/**
 * The schema of {@link ComputerUseWindowsRequirements}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ComputerUseWindowsRequirements: Schema.Schema<ComputerUseWindowsRequirements> = exported("ComputerUseWindowsRequirements", $ComputerUseWindowsRequirements)

/**
 * The `ComputerUseRequirements` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ComputerUseRequirements {
  readonly allowLockedComputerUse?: boolean | null
  readonly allowPersistentApproval?: boolean | null
  readonly defaultAppAccess?: AllowDenyRequirement | null
  readonly macos?: ComputerUseMacosRequirements | null
  readonly windows?: ComputerUseWindowsRequirements | null
}
const $ComputerUseRequirements = lazy("ComputerUseRequirements", (): Schema.Schema<ComputerUseRequirements> => Schema.Struct({
  allowLockedComputerUse: optional(Schema.NullOr(Schema.Boolean)),
  allowPersistentApproval: optional(Schema.NullOr(Schema.Boolean)),
  defaultAppAccess: optional(Schema.NullOr($AllowDenyRequirement())),
  macos: optional(Schema.NullOr($ComputerUseMacosRequirements())),
  windows: optional(Schema.NullOr($ComputerUseWindowsRequirements()))
}))
/**
 * The schema of {@link ComputerUseRequirements}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ComputerUseRequirements: Schema.Schema<ComputerUseRequirements> = exported("ComputerUseRequirements", $ComputerUseRequirements)

/**
 * Backward-compatible API shape for ChatGPT workspace login restrictions.
 *
 * @since 0.1.0
 * @category models
 */
export type ForcedChatgptWorkspaceIds = string | ReadonlyArray<string>
const $ForcedChatgptWorkspaceIds = lazy("ForcedChatgptWorkspaceIds", (): Schema.Schema<ForcedChatgptWorkspaceIds> => Schema.Union(Schema.String, Schema.Array(Schema.String)))
/**
 * The schema of {@link ForcedChatgptWorkspaceIds}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ForcedChatgptWorkspaceIds: Schema.Schema<ForcedChatgptWorkspaceIds> = exported("ForcedChatgptWorkspaceIds", $ForcedChatgptWorkspaceIds)

/**
 * The `ForcedLoginMethod` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ForcedLoginMethod = "chatgpt" | "api" | (string & {})
const $ForcedLoginMethod = lazy("ForcedLoginMethod", (): Schema.Schema<ForcedLoginMethod> => Schema.Union(Schema.Literal("chatgpt", "api"), Schema.String))
/**
 * The schema of {@link ForcedLoginMethod}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ForcedLoginMethod: Schema.Schema<ForcedLoginMethod> = exported("ForcedLoginMethod", $ForcedLoginMethod)

/**
 * The `SandboxWorkspaceWrite` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface SandboxWorkspaceWrite {
  readonly exclude_slash_tmp?: boolean
  readonly exclude_tmpdir_env_var?: boolean
  readonly network_access?: boolean
  readonly writable_roots?: ReadonlyArray<string>
}
const $SandboxWorkspaceWrite = lazy("SandboxWorkspaceWrite", (): Schema.Schema<SandboxWorkspaceWrite> => Schema.Struct({
  exclude_slash_tmp: optional(Schema.Boolean),
  exclude_tmpdir_env_var: optional(Schema.Boolean),
  network_access: optional(Schema.Boolean),
  writable_roots: optional(Schema.Array(Schema.String))
}))
/**
 * The schema of {@link SandboxWorkspaceWrite}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SandboxWorkspaceWrite: Schema.Schema<SandboxWorkspaceWrite> = exported("SandboxWorkspaceWrite", $SandboxWorkspaceWrite)

/**
 * The `WebSearchContextSize` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type WebSearchContextSize = "low" | "medium" | "high" | (string & {})
const $WebSearchContextSize = lazy("WebSearchContextSize", (): Schema.Schema<WebSearchContextSize> => Schema.Union(Schema.Literal("low", "medium", "high"), Schema.String))
/**
 * The schema of {@link WebSearchContextSize}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WebSearchContextSize: Schema.Schema<WebSearchContextSize> = exported("WebSearchContextSize", $WebSearchContextSize)

/**
 * The `WebSearchLocation` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface WebSearchLocation {
  readonly city?: string | null
  readonly country?: string | null
  readonly region?: string | null
  readonly timezone?: string | null
}
const $WebSearchLocation = lazy("WebSearchLocation", (): Schema.Schema<WebSearchLocation> => Schema.Struct({
  city: optional(Schema.NullOr(Schema.String)),
  country: optional(Schema.NullOr(Schema.String)),
  region: optional(Schema.NullOr(Schema.String)),
  timezone: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link WebSearchLocation}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WebSearchLocation: Schema.Schema<WebSearchLocation> = exported("WebSearchLocation", $WebSearchLocation)

/**
 * The `WebSearchToolConfig` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface WebSearchToolConfig {
  readonly allowed_domains?: ReadonlyArray<string> | null
  readonly context_size?: WebSearchContextSize | null
  readonly location?: WebSearchLocation | null
}
const $WebSearchToolConfig = lazy("WebSearchToolConfig", (): Schema.Schema<WebSearchToolConfig> => Schema.Struct({
  allowed_domains: optional(Schema.NullOr(Schema.Array(Schema.String))),
  context_size: optional(Schema.NullOr($WebSearchContextSize())),
  location: optional(Schema.NullOr($WebSearchLocation()))
}))
/**
 * The schema of {@link WebSearchToolConfig}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WebSearchToolConfig: Schema.Schema<WebSearchToolConfig> = exported("WebSearchToolConfig", $WebSearchToolConfig)

/**
 * The `ToolsV2` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ToolsV2 {
  readonly web_search?: WebSearchToolConfig | null
}
const $ToolsV2 = lazy("ToolsV2", (): Schema.Schema<ToolsV2> => Schema.Struct({
  web_search: optional(Schema.NullOr($WebSearchToolConfig()))
}))
/**
 * The schema of {@link ToolsV2}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ToolsV2: Schema.Schema<ToolsV2> = exported("ToolsV2", $ToolsV2)

/**
 * Controls output length/detail on GPT-5 models via the Responses API. Serialized with lowercase values to match the OpenAI API.
 *
 * @since 0.1.0
 * @category models
 */
export type Verbosity = "low" | "medium" | "high" | (string & {})
const $Verbosity = lazy("Verbosity", (): Schema.Schema<Verbosity> => Schema.Union(Schema.Literal("low", "medium", "high"), Schema.String))
/**
 * The schema of {@link Verbosity}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Verbosity: Schema.Schema<Verbosity> = exported("Verbosity", $Verbosity)

/**
 * The `WebSearchMode` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type WebSearchMode = "disabled" | "cached" | "indexed" | "live" | (string & {})
const $WebSearchMode = lazy("WebSearchMode", (): Schema.Schema<WebSearchMode> => Schema.Union(Schema.Literal("disabled", "cached", "indexed", "live"), Schema.String))
/**
 * The schema of {@link WebSearchMode}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WebSearchMode: Schema.Schema<WebSearchMode> = exported("WebSearchMode", $WebSearchMode)

/**
 * Provider preference selected by the resolved model catalog entry.
 *
 * @since 0.1.0
 * @category models
 */
export type WebSearchProvider = "standalone" | "search_mcp" | (string & {})
const $WebSearchProvider = lazy("WebSearchProvider", (): Schema.Schema<WebSearchProvider> => Schema.Union(Schema.Literal("standalone", "search_mcp"), Schema.String))
/**
 * The schema of {@link WebSearchProvider}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WebSearchProvider: Schema.Schema<WebSearchProvider> = exported("WebSearchProvider", $WebSearchProvider)

/**
 * The `Config` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface Config {
  readonly analytics?: AnalyticsConfig | null
  readonly approval_policy?: AskForApproval | null
  /**
   * [UNSTABLE] Optional default for where approval requests are routed for review.
   */
  readonly approvals_reviewer?: ApprovalsReviewer | null
  readonly apps?: AppsConfig | null
  readonly browser_use?: BrowserUseConfig | null
  /**
   * Effective tools.client_search_provider hint. Model-selected providers take precedence.
   */
  readonly client_search_provider?: WebSearchProvider | null
  readonly compact_prompt?: string | null
  readonly computer_use?: ComputerUseConfig | null
  readonly desktop?: { readonly [key: string]: unknown } | null
  readonly developer_instructions?: string | null
  readonly forced_chatgpt_workspace_id?: ForcedChatgptWorkspaceIds | null
  readonly forced_login_method?: ForcedLoginMethod | null
  readonly instructions?: string | null
  readonly model?: string | null
  readonly model_auto_compact_token_limit?: number | null
  readonly model_auto_compact_token_limit_scope?: AutoCompactTokenLimitScope | null
  readonly model_context_window?: number | null
  readonly model_provider?: string | null
  readonly model_reasoning_effort?: ReasoningEffort | null
  readonly model_reasoning_summary?: ReasoningSummary | null
  readonly model_verbosity?: Verbosity | null
  readonly review_model?: string | null
  readonly sandbox_mode?: SandboxMode | null
  readonly sandbox_workspace_write?: SandboxWorkspaceWrite | null
  readonly service_tier?: string | null
  readonly tools?: ToolsV2 | null
  readonly web_search?: WebSearchMode | null
}
const $Config = lazy("Config", (): Schema.Schema<Config> => Schema.Struct({
  analytics: optional(Schema.NullOr($AnalyticsConfig())),
  approval_policy: optional(Schema.NullOr($AskForApproval())),
  approvals_reviewer: optional(Schema.NullOr($ApprovalsReviewer())),
  apps: optional(Schema.NullOr($AppsConfig())),
  browser_use: optional(Schema.NullOr($BrowserUseConfig())),
  client_search_provider: optional(Schema.NullOr($WebSearchProvider())),
  compact_prompt: optional(Schema.NullOr(Schema.String)),
  computer_use: optional(Schema.NullOr($ComputerUseConfig())),
  desktop: optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.Unknown }))),
  developer_instructions: optional(Schema.NullOr(Schema.String)),
  forced_chatgpt_workspace_id: optional(Schema.NullOr($ForcedChatgptWorkspaceIds())),
  forced_login_method: optional(Schema.NullOr($ForcedLoginMethod())),
  instructions: optional(Schema.NullOr(Schema.String)),
  model: optional(Schema.NullOr(Schema.String)),
  model_auto_compact_token_limit: optional(Schema.NullOr(Schema.Number)),
  model_auto_compact_token_limit_scope: optional(Schema.NullOr($AutoCompactTokenLimitScope())),
  model_context_window: optional(Schema.NullOr(Schema.Number)),
  model_provider: optional(Schema.NullOr(Schema.String)),
  model_reasoning_effort: optional(Schema.NullOr($ReasoningEffort())),
  model_reasoning_summary: optional(Schema.NullOr($ReasoningSummary())),
  model_verbosity: optional(Schema.NullOr($Verbosity())),
  review_model: optional(Schema.NullOr(Schema.String)),
  sandbox_mode: optional(Schema.NullOr($SandboxMode())),
  sandbox_workspace_write: optional(Schema.NullOr($SandboxWorkspaceWrite())),
  service_tier: optional(Schema.NullOr(Schema.String)),
  tools: optional(Schema.NullOr($ToolsV2())),
  web_search: optional(Schema.NullOr($WebSearchMode()))
}))
/**
 * The schema of {@link Config}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Config: Schema.Schema<Config> = exported("Config", $Config)

/**
 * The `ConfigLayerSource` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ConfigLayerSource = {
  /**
   * Path to the packaged default configuration file.
   */
  readonly file: AbsolutePathBuf
  readonly type: "packagedDefaults"
} | {
  readonly domain: string
  readonly key: string
  readonly type: "mdm"
} | {
  /**
   * This is the path to the system config.toml file, though it is not guaranteed to exist.
   */
  readonly file: AbsolutePathBuf
  readonly type: "system"
} | {
  /**
   * Stable identifier for the delivered layer.
   */
  readonly id: string
  /**
   * Admin-facing name for the delivered layer. This is surfaced in diagnostics so users know which cloud layer needs administrator attention.
   */
  readonly name: string
  readonly type: "enterpriseManaged"
} | {
  /**
   * This is the path to the user's config.toml file, though it is not guaranteed to exist.
   */
  readonly file: AbsolutePathBuf
  /**
   * Name of the selected profile-v2 config layered on top of the base user config, when this layer represents one.
   */
  readonly profile?: string | null
  readonly type: "user"
} | {
  readonly dotCodexFolder: AbsolutePathBuf
  readonly type: "project"
} | {
  readonly type: "sessionFlags"
} | {
  readonly file: AbsolutePathBuf
  readonly type: "legacyManagedConfigTomlFromFile"
} | {
  readonly type: "legacyManagedConfigTomlFromMdm"
}
const $ConfigLayerSource = lazy("ConfigLayerSource", (): Schema.Schema<ConfigLayerSource> => Schema.Union(Schema.Struct({
  file: $AbsolutePathBuf(),
  type: Schema.Literal("packagedDefaults")
}), Schema.Struct({
  domain: Schema.String,
  key: Schema.String,
  type: Schema.Literal("mdm")
}), Schema.Struct({
  file: $AbsolutePathBuf(),
  type: Schema.Literal("system")
}), Schema.Struct({
  id: Schema.String,
  name: Schema.String,
  type: Schema.Literal("enterpriseManaged")
}), Schema.Struct({
  file: $AbsolutePathBuf(),
  profile: optional(Schema.NullOr(Schema.String)),
  type: Schema.Literal("user")
}), Schema.Struct({
  dotCodexFolder: $AbsolutePathBuf(),
  type: Schema.Literal("project")
}), Schema.Struct({
  type: Schema.Literal("sessionFlags")
}), Schema.Struct({
  file: $AbsolutePathBuf(),
  type: Schema.Literal("legacyManagedConfigTomlFromFile")
}), Schema.Struct({
  type: Schema.Literal("legacyManagedConfigTomlFromMdm")
})))
/**
 * The schema of {@link ConfigLayerSource}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ConfigLayerSource: Schema.Schema<ConfigLayerSource> = exported("ConfigLayerSource", $ConfigLayerSource)

/**
 * The `ConfigLayer` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ConfigLayer {
  readonly config: unknown
  readonly disabledReason?: string | null
  readonly name: ConfigLayerSource
  readonly version: string
}
const $ConfigLayer = lazy("ConfigLayer", (): Schema.Schema<ConfigLayer> => Schema.Struct({
  config: Schema.Unknown,
  disabledReason: optional(Schema.NullOr(Schema.String)),
  name: $ConfigLayerSource(),
  version: Schema.String
}))
/**
 * The schema of {@link ConfigLayer}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ConfigLayer: Schema.Schema<ConfigLayer> = exported("ConfigLayer", $ConfigLayer)

/**
 * The `ConfigLayerMetadata` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ConfigLayerMetadata {
  readonly name: ConfigLayerSource
  readonly version: string
}
const $ConfigLayerMetadata = lazy("ConfigLayerMetadata", (): Schema.Schema<ConfigLayerMetadata> => Schema.Struct({
  name: $ConfigLayerSource(),
  version: Schema.String
}))
/**
 * The schema of {@link ConfigLayerMetadata}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ConfigLayerMetadata: Schema.Schema<ConfigLayerMetadata> = exported("ConfigLayerMetadata", $ConfigLayerMetadata)

/**
 * The `ConfigReadResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ConfigReadResponse {
  readonly config: Config
  readonly layers?: ReadonlyArray<ConfigLayer> | null
  readonly origins: { readonly [key: string]: ConfigLayerMetadata }
}
const $ConfigReadResponse = lazy("ConfigReadResponse", (): Schema.Schema<ConfigReadResponse> => Schema.Struct({
  config: $Config(),
  layers: optional(Schema.NullOr(Schema.Array($ConfigLayer()))),
  origins: Schema.Record({ key: Schema.String, value: $ConfigLayerMetadata() })
}))
/**
 * The schema of {@link ConfigReadResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ConfigReadResponse: Schema.Schema<ConfigReadResponse> = exported("ConfigReadResponse", $ConfigReadResponse)

/**
 * The `FeedbackRequirements` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface FeedbackRequirements {
  readonly enabled?: boolean | null
}
const $FeedbackRequirements = lazy("FeedbackRequirements", (): Schema.Schema<FeedbackRequirements> => Schema.Struct({
  enabled: optional(Schema.NullOr(Schema.Boolean))
}))
/**
 * The schema of {@link FeedbackRequirements}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FeedbackRequirements: Schema.Schema<FeedbackRequirements> = exported("FeedbackRequirements", $FeedbackRequirements)

/**
 * The `InAppBrowserRequirements` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface InAppBrowserRequirements {
  readonly allowExternalBrowserSettingsImport?: boolean | null
}
const $InAppBrowserRequirements = lazy("InAppBrowserRequirements", (): Schema.Schema<InAppBrowserRequirements> => Schema.Struct({
  allowExternalBrowserSettingsImport: optional(Schema.NullOr(Schema.Boolean))
}))
/**
 * The schema of {@link InAppBrowserRequirements}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const InAppBrowserRequirements: Schema.Schema<InAppBrowserRequirements> = exported("InAppBrowserRequirements", $InAppBrowserRequirements)

/**
 * The `ConfiguredHookHandler` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ConfiguredHookHandler = {
  /**
   * Approximate token threshold for spilling this hook's `additionalContext` to disk. `null` uses 2,500 tokens; `0` disables spilling for this hook. The threshold is evaluated against the original context; a spilled preview also includes recovery metadata.
   */
  readonly additionalContextLimit?: number | null
  readonly async: boolean
  readonly command: string
  readonly commandWindows?: string | null
  readonly statusMessage?: string | null
  readonly timeoutSec?: number | null
  readonly type: "command"
} | {
  readonly input: { readonly [key: string]: unknown }
  readonly server: string
  readonly statusMessage?: string | null
  readonly timeoutSec?: number | null
  readonly tool: string
  readonly type: "mcp_tool"
} | {
  readonly type: "prompt"
} | {
  readonly type: "agent"
}
const $ConfiguredHookHandler = lazy("ConfiguredHookHandler", (): Schema.Schema<ConfiguredHookHandler> => Schema.Union(Schema.Struct({
  additionalContextLimit: optional(Schema.NullOr(Schema.Number)),
  async: Schema.Boolean,
  command: Schema.String,
  commandWindows: optional(Schema.NullOr(Schema.String)),
  statusMessage: optional(Schema.NullOr(Schema.String)),
  timeoutSec: optional(Schema.NullOr(Schema.Number)),
  type: Schema.Literal("command")
}), Schema.Struct({
  input: Schema.Record({ key: Schema.String, value: Schema.Unknown }),
  server: Schema.String,
  statusMessage: optional(Schema.NullOr(Schema.String)),
  timeoutSec: optional(Schema.NullOr(Schema.Number)),
  tool: Schema.String,
  type: Schema.Literal("mcp_tool")
}), Schema.Struct({
  type: Schema.Literal("prompt")
}), Schema.Struct({
  type: Schema.Literal("agent")
})))
/**
 * The schema of {@link ConfiguredHookHandler}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ConfiguredHookHandler: Schema.Schema<ConfiguredHookHandler> = exported("ConfiguredHookHandler", $ConfiguredHookHandler)

/**
 * The `ConfiguredHookMatcherGroup` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ConfiguredHookMatcherGroup {
  readonly hooks: ReadonlyArray<ConfiguredHookHandler>
  readonly matcher?: string | null
}
const $ConfiguredHookMatcherGroup = lazy("ConfiguredHookMatcherGroup", (): Schema.Schema<ConfiguredHookMatcherGroup> => Schema.Struct({
  hooks: Schema.Array($ConfiguredHookHandler()),
  matcher: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link ConfiguredHookMatcherGroup}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ConfiguredHookMatcherGroup: Schema.Schema<ConfiguredHookMatcherGroup> = exported("ConfiguredHookMatcherGroup", $ConfiguredHookMatcherGroup)

/**
 * The `ManagedHooksRequirements` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ManagedHooksRequirements {
  readonly Interrupt?: ReadonlyArray<ConfiguredHookMatcherGroup>
  readonly PermissionRequest: ReadonlyArray<ConfiguredHookMatcherGroup>
  readonly PostCompact: ReadonlyArray<ConfiguredHookMatcherGroup>
  readonly PostModelRequest?: ReadonlyArray<ConfiguredHookMatcherGroup>
  readonly PostToolUse: ReadonlyArray<ConfiguredHookMatcherGroup>
  readonly PreCompact: ReadonlyArray<ConfiguredHookMatcherGroup>
  readonly PreModelRequest?: ReadonlyArray<ConfiguredHookMatcherGroup>
  readonly PreToolUse: ReadonlyArray<ConfiguredHookMatcherGroup>
  readonly SessionEnd?: ReadonlyArray<ConfiguredHookMatcherGroup>
  readonly SessionStart: ReadonlyArray<ConfiguredHookMatcherGroup>
  readonly Stop: ReadonlyArray<ConfiguredHookMatcherGroup>
  readonly SubagentStart: ReadonlyArray<ConfiguredHookMatcherGroup>
  readonly SubagentStop: ReadonlyArray<ConfiguredHookMatcherGroup>
  readonly UserPromptSubmit: ReadonlyArray<ConfiguredHookMatcherGroup>
  readonly managedDir?: string | null
  readonly windowsManagedDir?: string | null
}
const $ManagedHooksRequirements = lazy("ManagedHooksRequirements", (): Schema.Schema<ManagedHooksRequirements> => Schema.Struct({
  Interrupt: optional(Schema.Array($ConfiguredHookMatcherGroup())),
  PermissionRequest: Schema.Array($ConfiguredHookMatcherGroup()),
  PostCompact: Schema.Array($ConfiguredHookMatcherGroup()),
  PostModelRequest: optional(Schema.Array($ConfiguredHookMatcherGroup())),
  PostToolUse: Schema.Array($ConfiguredHookMatcherGroup()),
  PreCompact: Schema.Array($ConfiguredHookMatcherGroup()),
  PreModelRequest: optional(Schema.Array($ConfiguredHookMatcherGroup())),
  PreToolUse: Schema.Array($ConfiguredHookMatcherGroup()),
  SessionEnd: optional(Schema.Array($ConfiguredHookMatcherGroup())),
  SessionStart: Schema.Array($ConfiguredHookMatcherGroup()),
  Stop: Schema.Array($ConfiguredHookMatcherGroup()),
  SubagentStart: Schema.Array($ConfiguredHookMatcherGroup()),
  SubagentStop: Schema.Array($ConfiguredHookMatcherGroup()),
  UserPromptSubmit: Schema.Array($ConfiguredHookMatcherGroup()),
  managedDir: optional(Schema.NullOr(Schema.String)),
  windowsManagedDir: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link ManagedHooksRequirements}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ManagedHooksRequirements: Schema.Schema<ManagedHooksRequirements> = exported("ManagedHooksRequirements", $ManagedHooksRequirements)

/**
 * The `NewThreadModelDefaults` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface NewThreadModelDefaults {
  readonly model?: string | null
  readonly modelReasoningEffort?: ReasoningEffort | null
  readonly serviceTier?: string | null
}
const $NewThreadModelDefaults = lazy("NewThreadModelDefaults", (): Schema.Schema<NewThreadModelDefaults> => Schema.Struct({
  model: optional(Schema.NullOr(Schema.String)),
  modelReasoningEffort: optional(Schema.NullOr($ReasoningEffort())),
  serviceTier: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link NewThreadModelDefaults}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const NewThreadModelDefaults: Schema.Schema<NewThreadModelDefaults> = exported("NewThreadModelDefaults", $NewThreadModelDefaults)

/**
 * The `ModelsRequirements` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ModelsRequirements {
  readonly newThread?: NewThreadModelDefaults | null
}
const $ModelsRequirements = lazy("ModelsRequirements", (): Schema.Schema<ModelsRequirements> => Schema.Struct({
  newThread: optional(Schema.NullOr($NewThreadModelDefaults()))
}))
/**
 * The schema of {@link ModelsRequirements}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ModelsRequirements: Schema.Schema<ModelsRequirements> = exported("ModelsRequirements", $ModelsRequirements)

/**
 * The `NetworkUnixSocketPermission` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type NetworkUnixSocketPermission = "allow" | "deny" | (string & {})
const $NetworkUnixSocketPermission = lazy("NetworkUnixSocketPermission", (): Schema.Schema<NetworkUnixSocketPermission> => Schema.Union(Schema.Literal("allow", "deny"), Schema.String))
/**
 * The schema of {@link NetworkUnixSocketPermission}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const NetworkUnixSocketPermission: Schema.Schema<NetworkUnixSocketPermission> = exported("NetworkUnixSocketPermission", $NetworkUnixSocketPermission)

/**
 * The `NetworkRequirements` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface NetworkRequirements {
  readonly allowLocalBinding?: boolean | null
  /**
   * Legacy compatibility view derived from `unix_sockets`.
   */
  readonly allowUnixSockets?: ReadonlyArray<string> | null
  readonly allowUpstreamProxy?: boolean | null
  /**
   * Legacy compatibility view derived from `domains`.
   */
  readonly allowedDomains?: ReadonlyArray<string> | null
  readonly dangerouslyAllowAllUnixSockets?: boolean | null
  readonly dangerouslyAllowNonLoopbackProxy?: boolean | null
  /**
   * Legacy compatibility view derived from `domains`.
   */
  readonly deniedDomains?: ReadonlyArray<string> | null
  /**
   * Canonical managed network permission map.
   */
  readonly domains?: { readonly [key: string]: NetworkDomainPermission } | null
  readonly enabled?: boolean | null
  readonly httpPort?: number | null
  /**
   * When true, only managed allowlist entries are respected while managed network enforcement is active.
   */
  readonly managedAllowedDomainsOnly?: boolean | null
  /**
   * Host patterns routed to network approval before ordinary allow rules.
   */
  readonly reviewDomains?: ReadonlyArray<string> | null
  readonly socksPort?: number | null
  /**
   * Canonical managed unix socket permission map.
   */
  readonly unixSockets?: { readonly [key: string]: NetworkUnixSocketPermission } | null
}
const $NetworkRequirements = lazy("NetworkRequirements", (): Schema.Schema<NetworkRequirements> => Schema.Struct({
  allowLocalBinding: optional(Schema.NullOr(Schema.Boolean)),
  allowUnixSockets: optional(Schema.NullOr(Schema.Array(Schema.String))),
  allowUpstreamProxy: optional(Schema.NullOr(Schema.Boolean)),
  allowedDomains: optional(Schema.NullOr(Schema.Array(Schema.String))),
  dangerouslyAllowAllUnixSockets: optional(Schema.NullOr(Schema.Boolean)),
  dangerouslyAllowNonLoopbackProxy: optional(Schema.NullOr(Schema.Boolean)),
  deniedDomains: optional(Schema.NullOr(Schema.Array(Schema.String))),
  domains: optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: $NetworkDomainPermission() }))),
  enabled: optional(Schema.NullOr(Schema.Boolean)),
  httpPort: optional(Schema.NullOr(Schema.Int)),
  managedAllowedDomainsOnly: optional(Schema.NullOr(Schema.Boolean)),
  reviewDomains: optional(Schema.NullOr(Schema.Array(Schema.String))),
  socksPort: optional(Schema.NullOr(Schema.Int)),
  unixSockets: optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: $NetworkUnixSocketPermission() })))
}))
/**
 * The schema of {@link NetworkRequirements}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const NetworkRequirements: Schema.Schema<NetworkRequirements> = exported("NetworkRequirements", $NetworkRequirements)

/**
 * The `OtelHttpProtocol` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type OtelHttpProtocol = "binary" | "json" | (string & {})
const $OtelHttpProtocol = lazy("OtelHttpProtocol", (): Schema.Schema<OtelHttpProtocol> => Schema.Union(Schema.Literal("binary", "json"), Schema.String))
/**
 * The schema of {@link OtelHttpProtocol}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OtelHttpProtocol: Schema.Schema<OtelHttpProtocol> = exported("OtelHttpProtocol", $OtelHttpProtocol)

/**
 * The `OtelTlsConfig` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface OtelTlsConfig {
  readonly "ca-certificate"?: string | null
  readonly "client-certificate"?: string | null
  readonly "client-private-key"?: string | null
}
const $OtelTlsConfig = lazy("OtelTlsConfig", (): Schema.Schema<OtelTlsConfig> => Schema.Struct({
  "ca-certificate": optional(Schema.NullOr(Schema.String)),
  "client-certificate": optional(Schema.NullOr(Schema.String)),
  "client-private-key": optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link OtelTlsConfig}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OtelTlsConfig: Schema.Schema<OtelTlsConfig> = exported("OtelTlsConfig", $OtelTlsConfig)

/**
 * The `OtelExporter` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type OtelExporter = "none" | "statsig" | (string & {}) | {
  readonly "otlp-http": {
    readonly endpoint: string
    /**
     * Header names are retained; values are redacted by the server.
     */
    readonly headers: { readonly [key: string]: string }
    readonly protocol: OtelHttpProtocol
    readonly tls?: OtelTlsConfig | null
  }
} | {
  readonly "otlp-grpc": {
    readonly endpoint: string
    /**
     * Header names are retained; values are redacted by the server.
     */
    readonly headers: { readonly [key: string]: string }
    readonly tls?: OtelTlsConfig | null
  }
}
const $OtelExporter = lazy("OtelExporter", (): Schema.Schema<OtelExporter> => Schema.Union(Schema.Union(Schema.Literal("none", "statsig"), Schema.String), Schema.Struct({
  "otlp-http": Schema.Struct({
    endpoint: Schema.String,
    headers: Schema.Record({ key: Schema.String, value: Schema.String }),
    protocol: $OtelHttpProtocol(),
    tls: optional(Schema.NullOr($OtelTlsConfig()))
  })
}), Schema.Struct({
  "otlp-grpc": Schema.Struct({
    endpoint: Schema.String,
    headers: Schema.Record({ key: Schema.String, value: Schema.String }),
    tls: optional(Schema.NullOr($OtelTlsConfig()))
  })
})))
/**
 * The schema of {@link OtelExporter}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OtelExporter: Schema.Schema<OtelExporter> = exported("OtelExporter", $OtelExporter)

/**
 * The `OtelToolResultLogConfig` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface OtelToolResultLogConfig {
  readonly max_bytes: number
}
const $OtelToolResultLogConfig = lazy("OtelToolResultLogConfig", (): Schema.Schema<OtelToolResultLogConfig> => Schema.Struct({
  max_bytes: Schema.Number
}))
/**
 * The schema of {@link OtelToolResultLogConfig}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OtelToolResultLogConfig: Schema.Schema<OtelToolResultLogConfig> = exported("OtelToolResultLogConfig", $OtelToolResultLogConfig)

/**
 * The `OtelRequirements` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface OtelRequirements {
  readonly environment?: string | null
  readonly exporter?: OtelExporter | null
  readonly headers_helper?: string | null
  readonly headers_helper_refresh_interval_ms?: number | null
  readonly log_agent_responses?: boolean | null
  readonly log_guardian_assessments?: boolean | null
  readonly log_sse_deltas?: boolean | null
  readonly log_user_prompt?: boolean | null
  readonly metrics_exporter?: OtelExporter | null
  readonly span_attributes?: { readonly [key: string]: string } | null
  readonly tool_result?: OtelToolResultLogConfig | null
  readonly trace_exporter?: OtelExporter | null
  readonly tracestate?: { readonly [key: string]: { readonly [key: string]: string } } | null
}
const $OtelRequirements = lazy("OtelRequirements", (): Schema.Schema<OtelRequirements> => Schema.Struct({
  environment: optional(Schema.NullOr(Schema.String)),
  exporter: optional(Schema.NullOr($OtelExporter())),
  headers_helper: optional(Schema.NullOr(Schema.String)),
  headers_helper_refresh_interval_ms: optional(Schema.NullOr(Schema.Number)),
  log_agent_responses: optional(Schema.NullOr(Schema.Boolean)),
  log_guardian_assessments: optional(Schema.NullOr(Schema.Boolean)),
  log_sse_deltas: optional(Schema.NullOr(Schema.Boolean)),
  log_user_prompt: optional(Schema.NullOr(Schema.Boolean)),
  metrics_exporter: optional(Schema.NullOr($OtelExporter())),
  span_attributes: optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.String }))),
  tool_result: optional(Schema.NullOr($OtelToolResultLogConfig())),
  trace_exporter: optional(Schema.NullOr($OtelExporter())),
  tracestate: optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.Record({ key: Schema.String, value: Schema.String }) })))
}))
/**
 * The schema of {@link OtelRequirements}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OtelRequirements: Schema.Schema<OtelRequirements> = exported("OtelRequirements", $OtelRequirements)

/**
 * The `ResidencyRequirement` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ResidencyRequirement = "us"
const $ResidencyRequirement = lazy("ResidencyRequirement", (): Schema.Schema<ResidencyRequirement> => Schema.Literal("us"))
/**
 * The schema of {@link ResidencyRequirement}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ResidencyRequirement: Schema.Schema<ResidencyRequirement> = exported("ResidencyRequirement", $ResidencyRequirement)

/**
 * The `WindowsSandboxImplementation` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type WindowsSandboxImplementation = "elevated" | "unelevated" | "mxc" | (string & {})
const $WindowsSandboxImplementation = lazy("WindowsSandboxImplementation", (): Schema.Schema<WindowsSandboxImplementation> => Schema.Union(Schema.Literal("elevated", "unelevated", "mxc"), Schema.String))
/**
 * The schema of {@link WindowsSandboxImplementation}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WindowsSandboxImplementation: Schema.Schema<WindowsSandboxImplementation> = exported("WindowsSandboxImplementation", $WindowsSandboxImplementation)

/**
 * The `ConfigRequirements` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ConfigRequirements {
  readonly additionalDeveloperInstructions?: string | null
  readonly allowAppshots?: boolean | null
  readonly allowBrowserAndComputerUse?: boolean | null
  readonly allowLoginShell?: boolean | null
  readonly allowManagedHooksOnly?: boolean | null
  readonly allowRemoteControl?: boolean | null
  readonly allowedApprovalPolicies?: ReadonlyArray<AskForApproval> | null
  readonly allowedApprovalsReviewers?: ReadonlyArray<ApprovalsReviewer> | null
  /**
   * Effective login methods after managed, forced-login, and workspace restrictions. An empty list permits no login method. Older servers may omit this field.
   */
  readonly allowedLoginMethods?: ReadonlyArray<ForcedLoginMethod> | null
  readonly allowedPermissionProfiles?: { readonly [key: string]: boolean } | null
  readonly allowedSandboxModes?: ReadonlyArray<SandboxMode> | null
  readonly allowedWebSearchModes?: ReadonlyArray<WebSearchMode> | null
  readonly allowedWindowsSandboxImplementations?: ReadonlyArray<WindowsSandboxImplementation> | null
  readonly application?: ApplicationRequirements | null
  readonly autoReview?: AutoReviewRequirements | null
  readonly browserUse?: BrowserUseRequirements | null
  readonly chatgptBaseUrl?: string | null
  readonly checkForUpdateOnStartup?: boolean | null
  readonly cliAuthCredentialsStore?: CliAuthCredentialsStoreMode | null
  readonly computerUse?: ComputerUseRequirements | null
  readonly defaultPermissions?: string | null
  readonly enforceResidency?: ResidencyRequirement | null
  readonly featureRequirements?: { readonly [key: string]: boolean } | null
  readonly feedback?: FeedbackRequirements | null
  readonly hooks?: ManagedHooksRequirements | null
  readonly inAppBrowser?: InAppBrowserRequirements | null
  readonly logDir?: string | null
  readonly modelCatalogJson?: string | null
  /**
   * Exact provider selection required by managed policy.
   */
  readonly modelProvider?: string | null
  /**
   * Complete required provider definitions, using config.toml field names.
   */
  readonly modelProviders?: { readonly [key: string]: unknown } | null
  readonly models?: ModelsRequirements | null
  readonly network?: NetworkRequirements | null
  readonly otel?: OtelRequirements | null
  readonly sqliteHome?: string | null
}
const $ConfigRequirements = lazy("ConfigRequirements", (): Schema.Schema<ConfigRequirements> => Schema.Struct({
  additionalDeveloperInstructions: optional(Schema.NullOr(Schema.String)),
  allowAppshots: optional(Schema.NullOr(Schema.Boolean)),
  allowBrowserAndComputerUse: optional(Schema.NullOr(Schema.Boolean)),
  allowLoginShell: optional(Schema.NullOr(Schema.Boolean)),
  allowManagedHooksOnly: optional(Schema.NullOr(Schema.Boolean)),
  allowRemoteControl: optional(Schema.NullOr(Schema.Boolean)),
  allowedApprovalPolicies: optional(Schema.NullOr(Schema.Array($AskForApproval()))),
  allowedApprovalsReviewers: optional(Schema.NullOr(Schema.Array($ApprovalsReviewer()))),
  allowedLoginMethods: optional(Schema.NullOr(Schema.Array($ForcedLoginMethod()))),
  allowedPermissionProfiles: optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.Boolean }))),
  allowedSandboxModes: optional(Schema.NullOr(Schema.Array($SandboxMode()))),
  allowedWebSearchModes: optional(Schema.NullOr(Schema.Array($WebSearchMode()))),
  allowedWindowsSandboxImplementations: optional(Schema.NullOr(Schema.Array($WindowsSandboxImplementation()))),
  application: optional(Schema.NullOr($ApplicationRequirements())),
  autoReview: optional(Schema.NullOr($AutoReviewRequirements())),
  browserUse: optional(Schema.NullOr($BrowserUseRequirements())),
  chatgptBaseUrl: optional(Schema.NullOr(Schema.String)),
  checkForUpdateOnStartup: optional(Schema.NullOr(Schema.Boolean)),
  cliAuthCredentialsStore: optional(Schema.NullOr($CliAuthCredentialsStoreMode())),
  computerUse: optional(Schema.NullOr($ComputerUseRequirements())),
  defaultPermissions: optional(Schema.NullOr(Schema.String)),
  enforceResidency: optional(Schema.NullOr($ResidencyRequirement())),
  featureRequirements: optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.Boolean }))),
  feedback: optional(Schema.NullOr($FeedbackRequirements())),
  hooks: optional(Schema.NullOr($ManagedHooksRequirements())),
  inAppBrowser: optional(Schema.NullOr($InAppBrowserRequirements())),
  logDir: optional(Schema.NullOr(Schema.String)),
  modelCatalogJson: optional(Schema.NullOr(Schema.String)),
  modelProvider: optional(Schema.NullOr(Schema.String)),
  modelProviders: optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.Unknown }))),
  models: optional(Schema.NullOr($ModelsRequirements())),
  network: optional(Schema.NullOr($NetworkRequirements())),
  otel: optional(Schema.NullOr($OtelRequirements())),
  sqliteHome: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link ConfigRequirements}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ConfigRequirements: Schema.Schema<ConfigRequirements> = exported("ConfigRequirements", $ConfigRequirements)

/**
 * The `ConfigRequirementsReadResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ConfigRequirementsReadResponse {
  /**
   * Null if no requirements are configured (e.g. no requirements.toml/MDM entries).
   */
  readonly requirements?: ConfigRequirements | null
  /**
   * Whether Fast and Ultra Fast requirements are enforced independently. Older servers omit this field and use Fast mode as a shared speed gate.
   */
  readonly supportsIndependentSpeedModes?: boolean | null
}
const $ConfigRequirementsReadResponse = lazy("ConfigRequirementsReadResponse", (): Schema.Schema<ConfigRequirementsReadResponse> => Schema.Struct({
  requirements: optional(Schema.NullOr($ConfigRequirements())),
  supportsIndependentSpeedModes: optional(Schema.NullOr(Schema.Boolean))
}))
/**
 * The schema of {@link ConfigRequirementsReadResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ConfigRequirementsReadResponse: Schema.Schema<ConfigRequirementsReadResponse> = exported("ConfigRequirementsReadResponse", $ConfigRequirementsReadResponse)

/**
 * The `TextPosition` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface TextPosition {
  /**
   * 1-based column number (in Unicode scalar values).
   */
  readonly column: number
  /**
   * 1-based line number.
   */
  readonly line: number
}
const $TextPosition = lazy("TextPosition", (): Schema.Schema<TextPosition> => Schema.Struct({
  column: Schema.Number,
  line: Schema.Number
}))
/**
 * The schema of {@link TextPosition}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const TextPosition: Schema.Schema<TextPosition> = exported("TextPosition", $TextPosition)

/**
 * The `TextRange` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface TextRange {
  readonly end: TextPosition
  readonly start: TextPosition
}
const $TextRange = lazy("TextRange", (): Schema.Schema<TextRange> => Schema.Struct({
  end: $TextPosition(),
  start: $TextPosition()
}))
/**
 * The schema of {@link TextRange}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const TextRange: Schema.Schema<TextRange> = exported("TextRange", $TextRange)

/**
 * The `ConfigWarningNotification` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ConfigWarningNotification {
  /**
   * Optional extra guidance or error details.
   */
  readonly details?: string | null
  /**
   * Optional path to the config file that triggered the warning.
   */
  readonly path?: string | null
  /**
   * Optional range for the error location inside the config file.
   */
  readonly range?: TextRange | null
  /**
   * Concise summary of the warning.
   */
  readonly summary: string
}
const $ConfigWarningNotification = lazy("ConfigWarningNotification", (): Schema.Schema<ConfigWarningNotification> => Schema.Struct({
  details: optional(Schema.NullOr(Schema.String)),
  path: optional(Schema.NullOr(Schema.String)),
  range: optional(Schema.NullOr($TextRange())),
  summary: Schema.String
}))
/**
 * The schema of {@link ConfigWarningNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ConfigWarningNotification: Schema.Schema<ConfigWarningNotification> = exported("ConfigWarningNotification", $ConfigWarningNotification)

/**
 * The `OverriddenMetadata` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface OverriddenMetadata {
  readonly effectiveValue: unknown
  readonly message: string
  readonly overridingLayer: ConfigLayerMetadata
}
const $OverriddenMetadata = lazy("OverriddenMetadata", (): Schema.Schema<OverriddenMetadata> => Schema.Struct({
  effectiveValue: Schema.Unknown,
  message: Schema.String,
  overridingLayer: $ConfigLayerMetadata()
}))
/**
 * The schema of {@link OverriddenMetadata}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const OverriddenMetadata: Schema.Schema<OverriddenMetadata> = exported("OverriddenMetadata", $OverriddenMetadata)

/**
 * The `WriteStatus` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type WriteStatus = "ok" | "okOverridden" | (string & {})
const $WriteStatus = lazy("WriteStatus", (): Schema.Schema<WriteStatus> => Schema.Union(Schema.Literal("ok", "okOverridden"), Schema.String))
/**
 * The schema of {@link WriteStatus}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WriteStatus: Schema.Schema<WriteStatus> = exported("WriteStatus", $WriteStatus)

/**
 * The `ConfigWriteResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ConfigWriteResponse {
  /**
   * Canonical path to the config file that was written.
   */
  readonly filePath: AbsolutePathBuf
  readonly overriddenMetadata?: OverriddenMetadata | null
  readonly status: WriteStatus
  readonly version: string
}
const $ConfigWriteResponse = lazy("ConfigWriteResponse", (): Schema.Schema<ConfigWriteResponse> => Schema.Struct({
  filePath: $AbsolutePathBuf(),
  overriddenMetadata: optional(Schema.NullOr($OverriddenMetadata())),
  status: $WriteStatus(),
  version: Schema.String
}))
/**
 * The schema of {@link ConfigWriteResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ConfigWriteResponse: Schema.Schema<ConfigWriteResponse> = exported("ConfigWriteResponse", $ConfigWriteResponse)

/**
 * The `ConsumeAccountRateLimitResetCreditOutcome` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ConsumeAccountRateLimitResetCreditOutcome = "reset" | "nothingToReset" | "noCredit" | "alreadyRedeemed"
const $ConsumeAccountRateLimitResetCreditOutcome = lazy("ConsumeAccountRateLimitResetCreditOutcome", (): Schema.Schema<ConsumeAccountRateLimitResetCreditOutcome> => Schema.Union(Schema.Literal("reset"), Schema.Literal("nothingToReset"), Schema.Literal("noCredit"), Schema.Literal("alreadyRedeemed")))
/**
 * The schema of {@link ConsumeAccountRateLimitResetCreditOutcome}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ConsumeAccountRateLimitResetCreditOutcome: Schema.Schema<ConsumeAccountRateLimitResetCreditOutcome> = exported("ConsumeAccountRateLimitResetCreditOutcome", $ConsumeAccountRateLimitResetCreditOutcome)

/**
 * The `ConsumeAccountRateLimitResetCreditResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ConsumeAccountRateLimitResetCreditResponse {
  readonly outcome: ConsumeAccountRateLimitResetCreditOutcome
}
const $ConsumeAccountRateLimitResetCreditResponse = lazy("ConsumeAccountRateLimitResetCreditResponse", (): Schema.Schema<ConsumeAccountRateLimitResetCreditResponse> => Schema.Struct({
  outcome: $ConsumeAccountRateLimitResetCreditOutcome()
}))
/**
 * The schema of {@link ConsumeAccountRateLimitResetCreditResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ConsumeAccountRateLimitResetCreditResponse: Schema.Schema<ConsumeAccountRateLimitResetCreditResponse> = exported("ConsumeAccountRateLimitResetCreditResponse", $ConsumeAccountRateLimitResetCreditResponse)

/**
 * Deprecated: Use `ContextCompaction` item type instead.
 *
 * @since 0.1.0
 * @category models
 */
export interface ContextCompactedNotification {
  readonly threadId: string
  readonly turnId: string
}
const $ContextCompactedNotification = lazy("ContextCompactedNotification", (): Schema.Schema<ContextCompactedNotification> => Schema.Struct({
  threadId: Schema.String,
  turnId: Schema.String
}))
/**
 * The schema of {@link ContextCompactedNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ContextCompactedNotification: Schema.Schema<ContextCompactedNotification> = exported("ContextCompactedNotification", $ContextCompactedNotification)

/**
 * The `DeprecationNoticeNotification` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface DeprecationNoticeNotification {
  /**
   * Optional extra guidance, such as migration steps or rationale.
   */
  readonly details?: string | null
  /**
   * Concise summary of what is deprecated.
   */
  readonly summary: string
}
const $DeprecationNoticeNotification = lazy("DeprecationNoticeNotification", (): Schema.Schema<DeprecationNoticeNotification> => Schema.Struct({
  details: optional(Schema.NullOr(Schema.String)),
  summary: Schema.String
}))
/**
 * The schema of {@link DeprecationNoticeNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const DeprecationNoticeNotification: Schema.Schema<DeprecationNoticeNotification> = exported("DeprecationNoticeNotification", $DeprecationNoticeNotification)

/**
 * The `DynamicToolCallOutputContentItem` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type DynamicToolCallOutputContentItem = {
  readonly text: string
  readonly type: "inputText"
} | {
  readonly imageUrl: string
  readonly type: "inputImage"
} | {
  readonly audioUrl: string
  readonly type: "inputAudio"
}
const $DynamicToolCallOutputContentItem = lazy("DynamicToolCallOutputContentItem", (): Schema.Schema<DynamicToolCallOutputContentItem> => Schema.Union(Schema.Struct({
  text: Schema.String,
  type: Schema.Literal("inputText")
}), Schema.Struct({
  imageUrl: Schema.String,
  type: Schema.Literal("inputImage")
}), Schema.Struct({
  audioUrl: Schema.String,
  type: Schema.Literal("inputAudio")
})))
/**
 * The schema of {@link DynamicToolCallOutputContentItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const DynamicToolCallOutputContentItem: Schema.Schema<DynamicToolCallOutputContentItem> = exported("DynamicToolCallOutputContentItem", $DynamicToolCallOutputContentItem)

/**
 * The `DynamicToolCallParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface DynamicToolCallParams {
  readonly arguments: unknown
  readonly callId: string
  readonly namespace?: string | null
  readonly threadId: string
  readonly tool: string
  readonly turnId: string
}
const $DynamicToolCallParams = lazy("DynamicToolCallParams", (): Schema.Schema<DynamicToolCallParams> => Schema.Struct({
  arguments: Schema.Unknown,
  callId: Schema.String,
  namespace: optional(Schema.NullOr(Schema.String)),
  threadId: Schema.String,
  tool: Schema.String,
  turnId: Schema.String
}))
/**
 * The schema of {@link DynamicToolCallParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const DynamicToolCallParams: Schema.Schema<DynamicToolCallParams> = exported("DynamicToolCallParams", $DynamicToolCallParams)

/**
 * The `DynamicToolCallResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface DynamicToolCallResponse {
  readonly contentItems: ReadonlyArray<DynamicToolCallOutputContentItem>
  readonly success: boolean
}
const $DynamicToolCallResponse = lazy("DynamicToolCallResponse", (): Schema.Schema<DynamicToolCallResponse> => Schema.Struct({
  contentItems: Schema.Array($DynamicToolCallOutputContentItem()),
  success: Schema.Boolean
}))
/**
 * The schema of {@link DynamicToolCallResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const DynamicToolCallResponse: Schema.Schema<DynamicToolCallResponse> = exported("DynamicToolCallResponse", $DynamicToolCallResponse)

/**
 * The `DynamicToolCallStatus` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type DynamicToolCallStatus = "inProgress" | "completed" | "failed" | (string & {})
const $DynamicToolCallStatus = lazy("DynamicToolCallStatus", (): Schema.Schema<DynamicToolCallStatus> => Schema.Union(Schema.Literal("inProgress", "completed", "failed"), Schema.String))
/**
 * The schema of {@link DynamicToolCallStatus}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const DynamicToolCallStatus: Schema.Schema<DynamicToolCallStatus> = exported("DynamicToolCallStatus", $DynamicToolCallStatus)

/**
 * The `EnvironmentAddResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type EnvironmentAddResponse = { readonly [key: string]: unknown }
const $EnvironmentAddResponse = lazy("EnvironmentAddResponse", (): Schema.Schema<EnvironmentAddResponse> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link EnvironmentAddResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const EnvironmentAddResponse: Schema.Schema<EnvironmentAddResponse> = exported("EnvironmentAddResponse", $EnvironmentAddResponse)

/**
 * The `EnvironmentConnectionNotification` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface EnvironmentConnectionNotification {
  readonly environmentId: string
  readonly threadId: string
}
const $EnvironmentConnectionNotification = lazy("EnvironmentConnectionNotification", (): Schema.Schema<EnvironmentConnectionNotification> => Schema.Struct({
  environmentId: Schema.String,
  threadId: Schema.String
}))
/**
 * The schema of {@link EnvironmentConnectionNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const EnvironmentConnectionNotification: Schema.Schema<EnvironmentConnectionNotification> = exported("EnvironmentConnectionNotification", $EnvironmentConnectionNotification)

/**
 * The `EnvironmentShellInfo` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface EnvironmentShellInfo {
  /**
   * Stable shell name, for example `zsh`, `bash`, `powershell`, `sh`, or `cmd`.
   */
  readonly name: string
  /**
   * Target-native shell executable path or command name.
   */
  readonly path: string
}
const $EnvironmentShellInfo = lazy("EnvironmentShellInfo", (): Schema.Schema<EnvironmentShellInfo> => Schema.Struct({
  name: Schema.String,
  path: Schema.String
}))
/**
 * The schema of {@link EnvironmentShellInfo}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const EnvironmentShellInfo: Schema.Schema<EnvironmentShellInfo> = exported("EnvironmentShellInfo", $EnvironmentShellInfo)

/**
 * The `PathUri` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type PathUri = string
const $PathUri = lazy("PathUri", (): Schema.Schema<PathUri> => Schema.String)
/**
 * The schema of {@link PathUri}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PathUri: Schema.Schema<PathUri> = exported("PathUri", $PathUri)

/**
 * The `EnvironmentInfoResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface EnvironmentInfoResponse {
  /**
   * Default working directory reported by the environment, as a canonical file URI.
   */
  readonly cwd?: PathUri | null
  readonly shell: EnvironmentShellInfo
}
const $EnvironmentInfoResponse = lazy("EnvironmentInfoResponse", (): Schema.Schema<EnvironmentInfoResponse> => Schema.Struct({
  cwd: optional(Schema.NullOr($PathUri())),
  shell: $EnvironmentShellInfo()
}))
/**
 * The schema of {@link EnvironmentInfoResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const EnvironmentInfoResponse: Schema.Schema<EnvironmentInfoResponse> = exported("EnvironmentInfoResponse", $EnvironmentInfoResponse)

/**
 * Current status observed by app-server without starting or recovering an environment.
 *
 * For a currently ready remote environment, app-server asks the existing exec-server connection for `environment/status` without allowing recovery.
 *
 * @since 0.1.0
 * @category models
 */
export type EnvironmentStatusKind = "ready" | "pending" | "disconnected" | "unknown"
const $EnvironmentStatusKind = lazy("EnvironmentStatusKind", (): Schema.Schema<EnvironmentStatusKind> => Schema.Union(Schema.Literal("ready"), Schema.Literal("pending"), Schema.Literal("disconnected"), Schema.Literal("unknown")))
/**
 * The schema of {@link EnvironmentStatusKind}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const EnvironmentStatusKind: Schema.Schema<EnvironmentStatusKind> = exported("EnvironmentStatusKind", $EnvironmentStatusKind)

/**
 * Current status for the requested environment.
 *
 * @since 0.1.0
 * @category models
 */
export interface EnvironmentStatusResponse {
  /**
   * Human-readable detail for `disconnected` and `unknown`; omitted for other statuses.
   */
  readonly error?: string | null
  /**
   * Current status observed without starting or recovering the environment.
   */
  readonly status: EnvironmentStatusKind
}
const $EnvironmentStatusResponse = lazy("EnvironmentStatusResponse", (): Schema.Schema<EnvironmentStatusResponse> => Schema.Struct({
  error: optional(Schema.NullOr(Schema.String)),
  status: $EnvironmentStatusKind()
}))
/**
 * The schema of {@link EnvironmentStatusResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const EnvironmentStatusResponse: Schema.Schema<EnvironmentStatusResponse> = exported("EnvironmentStatusResponse", $EnvironmentStatusResponse)

/**
 * The `MisalignmentSteer` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface MisalignmentSteer {
  readonly message: string
}
const $MisalignmentSteer = lazy("MisalignmentSteer", (): Schema.Schema<MisalignmentSteer> => Schema.Struct({
  message: Schema.String
}))
/**
 * The schema of {@link MisalignmentSteer}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const MisalignmentSteer: Schema.Schema<MisalignmentSteer> = exported("MisalignmentSteer", $MisalignmentSteer)

/**
 * The `MisalignmentErrorDetails` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface MisalignmentErrorDetails {
  /**
   * A substantive localized explanation is required before offering continuation.
   */
  readonly detailedExplanation?: string | null
  /**
   * Open-ended classification; clients must accept categories added by Responses.
   */
  readonly errorType?: string | null
  /**
   * Opaque server-issued block target. Presence alone does not enable target-based continuation.
   */
  readonly reviewTarget?: string | null
  /**
   * Instruction to submit as the next turn's user input if continuation is confirmed.
   */
  readonly steer?: MisalignmentSteer | null
}
const $MisalignmentErrorDetails = lazy("MisalignmentErrorDetails", (): Schema.Schema<MisalignmentErrorDetails> => Schema.Struct({
  detailedExplanation: optional(Schema.NullOr(Schema.String)),
  errorType: optional(Schema.NullOr(Schema.String)),
  reviewTarget: optional(Schema.NullOr(Schema.String)),
  steer: optional(Schema.NullOr($MisalignmentSteer()))
}))
/**
 * The schema of {@link MisalignmentErrorDetails}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const MisalignmentErrorDetails: Schema.Schema<MisalignmentErrorDetails> = exported("MisalignmentErrorDetails", $MisalignmentErrorDetails)

/**
 * The `TurnError` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface TurnError {
  readonly additionalDetails?: string | null
  readonly codexErrorInfo?: CodexErrorInfo | null
  readonly message: string
  /**
   * Optional public explanation and continuation instruction for a misalignment block.
   */
  readonly misalignment?: MisalignmentErrorDetails | null
}
const $TurnError = lazy("TurnError", (): Schema.Schema<TurnError> => Schema.Struct({
  additionalDetails: optional(Schema.NullOr(Schema.String)),
  codexErrorInfo: optional(Schema.NullOr($CodexErrorInfo())),
  message: Schema.String,
  misalignment: optional(Schema.NullOr($MisalignmentErrorDetails()))
}))
/**
 * The schema of {@link TurnError}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const TurnError: Schema.Schema<TurnError> = exported("TurnError", $TurnError)

/**
 * The `ErrorNotification` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ErrorNotification {
  readonly error: TurnError
  readonly threadId: string
  readonly turnId: string
  readonly willRetry: boolean
}
const $ErrorNotification = lazy("ErrorNotification", (): Schema.Schema<ErrorNotification> => Schema.Struct({
  error: $TurnError(),
  threadId: Schema.String,
  turnId: Schema.String,
  willRetry: Schema.Boolean
}))
/**
 * The schema of {@link ErrorNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ErrorNotification: Schema.Schema<ErrorNotification> = exported("ErrorNotification", $ErrorNotification)

/**
 * The `ParsedCommand` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ParsedCommand = {
  readonly cmd: string
  readonly name: string
  /**
   * (Best effort) Path to the file being read by the command. When possible, this is an absolute path, though when relative, it should be resolved against the `cwd`` that will be used to run the command to derive the absolute path.
   */
  readonly path: string
  readonly type: "read"
} | {
  readonly cmd: string
  readonly path?: string | null
  readonly type: "list_files"
} | {
  readonly cmd: string
  readonly path?: string | null
  readonly query?: string | null
  readonly type: "search"
} | {
  readonly cmd: string
  readonly type: "unknown"
}
const $ParsedCommand = lazy("ParsedCommand", (): Schema.Schema<ParsedCommand> => Schema.Union(Schema.Struct({
  cmd: Schema.String,
  name: Schema.String,
  path: Schema.String,
  type: Schema.Literal("read")
}), Schema.Struct({
  cmd: Schema.String,
  path: optional(Schema.NullOr(Schema.String)),
  type: Schema.Literal("list_files")
}), Schema.Struct({
  cmd: Schema.String,
  path: optional(Schema.NullOr(Schema.String)),
  query: optional(Schema.NullOr(Schema.String)),
  type: Schema.Literal("search")
}), Schema.Struct({
  cmd: Schema.String,
  type: Schema.Literal("unknown")
})))
/**
 * The schema of {@link ParsedCommand}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ParsedCommand: Schema.Schema<ParsedCommand> = exported("ParsedCommand", $ParsedCommand)

/**
 * The `ExecCommandApprovalParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ExecCommandApprovalParams {
  /**
   * Identifier for this specific approval callback.
   */
  readonly approvalId?: string | null
  /**
   * Use to correlate this with [codex_protocol::protocol::ExecCommandBeginEvent] and [codex_protocol::protocol::ExecCommandEndEvent].
   */
  readonly callId: string
  readonly command: ReadonlyArray<string>
  readonly conversationId: ThreadId
  readonly cwd: string
  readonly parsedCmd: ReadonlyArray<ParsedCommand>
  readonly reason?: string | null
}
const $ExecCommandApprovalParams = lazy("ExecCommandApprovalParams", (): Schema.Schema<ExecCommandApprovalParams> => Schema.Struct({
  approvalId: optional(Schema.NullOr(Schema.String)),
  callId: Schema.String,
  command: Schema.Array(Schema.String),
  conversationId: $ThreadId(),
  cwd: Schema.String,
  parsedCmd: Schema.Array($ParsedCommand()),
  reason: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link ExecCommandApprovalParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ExecCommandApprovalParams: Schema.Schema<ExecCommandApprovalParams> = exported("ExecCommandApprovalParams", $ExecCommandApprovalParams)

/**
 * The `ExecCommandApprovalResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ExecCommandApprovalResponse {
  readonly decision: ReviewDecision
}
const $ExecCommandApprovalResponse = lazy("ExecCommandApprovalResponse", (): Schema.Schema<ExecCommandApprovalResponse> => Schema.Struct({
  decision: $ReviewDecision()
}))
/**
 * The schema of {@link ExecCommandApprovalResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ExecCommandApprovalResponse: Schema.Schema<ExecCommandApprovalResponse> = exported("ExecCommandApprovalResponse", $ExecCommandApprovalResponse)

/**
 * The `ExperimentalFeatureStage` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ExperimentalFeatureStage = "beta" | "underDevelopment" | "stable" | "deprecated" | "removed"
const $ExperimentalFeatureStage = lazy("ExperimentalFeatureStage", (): Schema.Schema<ExperimentalFeatureStage> => Schema.Union(Schema.Literal("beta"), Schema.Literal("underDevelopment"), Schema.Literal("stable"), Schema.Literal("deprecated"), Schema.Literal("removed")))
/**
 * The schema of {@link ExperimentalFeatureStage}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ExperimentalFeatureStage: Schema.Schema<ExperimentalFeatureStage> = exported("ExperimentalFeatureStage", $ExperimentalFeatureStage)

/**
 * The `ExperimentalFeature` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ExperimentalFeature {
  /**
   * Announcement copy shown to users when the feature is introduced. Null when this feature is not in beta.
   */
  readonly announcement?: string | null
  /**
   * Whether this feature is enabled by default.
   */
  readonly defaultEnabled: boolean
  /**
   * Short summary describing what the feature does. Null when this feature is not in beta.
   */
  readonly description?: string | null
  /**
   * User-facing display name shown in the experimental features UI. Null when this feature is not in beta.
   */
  readonly displayName?: string | null
  /**
   * Whether this feature is currently enabled in the loaded config.
   */
  readonly enabled: boolean
  /**
   * Stable key used in config.toml and CLI flag toggles.
   */
  readonly name: string
  /**
   * Lifecycle stage of this feature flag.
   */
  readonly stage: ExperimentalFeatureStage
}
const $ExperimentalFeature = lazy("ExperimentalFeature", (): Schema.Schema<ExperimentalFeature> => Schema.Struct({
  announcement: optional(Schema.NullOr(Schema.String)),
  defaultEnabled: Schema.Boolean,
  description: optional(Schema.NullOr(Schema.String)),
  displayName: optional(Schema.NullOr(Schema.String)),
  enabled: Schema.Boolean,
  name: Schema.String,
  stage: $ExperimentalFeatureStage()
}))
/**
 * The schema of {@link ExperimentalFeature}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ExperimentalFeature: Schema.Schema<ExperimentalFeature> = exported("ExperimentalFeature", $ExperimentalFeature)

/**
 * The `ExperimentalFeatureEnablementSetResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ExperimentalFeatureEnablementSetResponse {
  /**
   * Feature enablement entries updated by this request.
   */
  readonly enablement: { readonly [key: string]: boolean }
}
const $ExperimentalFeatureEnablementSetResponse = lazy("ExperimentalFeatureEnablementSetResponse", (): Schema.Schema<ExperimentalFeatureEnablementSetResponse> => Schema.Struct({
  enablement: Schema.Record({ key: Schema.String, value: Schema.Boolean })
}))
/**
 * The schema of {@link ExperimentalFeatureEnablementSetResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ExperimentalFeatureEnablementSetResponse: Schema.Schema<ExperimentalFeatureEnablementSetResponse> = exported("ExperimentalFeatureEnablementSetResponse", $ExperimentalFeatureEnablementSetResponse)

/**
 * The `ExperimentalFeatureListResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ExperimentalFeatureListResponse {
  readonly data: ReadonlyArray<ExperimentalFeature>
  /**
   * Opaque cursor to pass to the next call to continue after the last item. If None, there are no more items to return.
   */
  readonly nextCursor?: string | null
}
const $ExperimentalFeatureListResponse = lazy("ExperimentalFeatureListResponse", (): Schema.Schema<ExperimentalFeatureListResponse> => Schema.Struct({
  data: Schema.Array($ExperimentalFeature()),
  nextCursor: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link ExperimentalFeatureListResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ExperimentalFeatureListResponse: Schema.Schema<ExperimentalFeatureListResponse> = exported("ExperimentalFeatureListResponse", $ExperimentalFeatureListResponse)

/**
 * The `ExternalAgentDetectedConnectorSource` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ExternalAgentDetectedConnectorSource = "remoteMcpServersConfig" | "sessionToolUse" | (string & {})
const $ExternalAgentDetectedConnectorSource = lazy("ExternalAgentDetectedConnectorSource", (): Schema.Schema<ExternalAgentDetectedConnectorSource> => Schema.Union(Schema.Literal("remoteMcpServersConfig", "sessionToolUse"), Schema.String))
/**
 * The schema of {@link ExternalAgentDetectedConnectorSource}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ExternalAgentDetectedConnectorSource: Schema.Schema<ExternalAgentDetectedConnectorSource> = exported("ExternalAgentDetectedConnectorSource", $ExternalAgentDetectedConnectorSource)

/**
 * The `ExternalAgentDetectedConnectorCandidate` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ExternalAgentDetectedConnectorCandidate {
  readonly name: string
  readonly sessionCount: number
  readonly source: ExternalAgentDetectedConnectorSource
}
const $ExternalAgentDetectedConnectorCandidate = lazy("ExternalAgentDetectedConnectorCandidate", (): Schema.Schema<ExternalAgentDetectedConnectorCandidate> => Schema.Struct({
  name: Schema.String,
  sessionCount: Schema.Int,
  source: $ExternalAgentDetectedConnectorSource()
}))
/**
 * The schema of {@link ExternalAgentDetectedConnectorCandidate}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ExternalAgentDetectedConnectorCandidate: Schema.Schema<ExternalAgentDetectedConnectorCandidate> = exported("ExternalAgentDetectedConnectorCandidate", $ExternalAgentDetectedConnectorCandidate)

/**
 * The `ExternalAgentConfigDetectResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ExternalAgentConfigDetectResponse {
  readonly connectors?: ReadonlyArray<ExternalAgentDetectedConnectorCandidate>
  readonly items: ReadonlyArray<ExternalAgentConfigMigrationItem>
}
const $ExternalAgentConfigDetectResponse = lazy("ExternalAgentConfigDetectResponse", (): Schema.Schema<ExternalAgentConfigDetectResponse> => Schema.Struct({
  connectors: optional(Schema.Array($ExternalAgentDetectedConnectorCandidate())),
  items: Schema.Array($ExternalAgentConfigMigrationItem())
}))
/**
 * The schema of {@link ExternalAgentConfigDetectResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ExternalAgentConfigDetectResponse: Schema.Schema<ExternalAgentConfigDetectResponse> = exported("ExternalAgentConfigDetectResponse", $ExternalAgentConfigDetectResponse)

/**
 * The `ExternalAgentConfigImportItemTypeSuccess` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ExternalAgentConfigImportItemTypeSuccess {
  readonly cwd?: string | null
  readonly itemType: ExternalAgentConfigMigrationItemType
  readonly source?: string | null
  readonly target?: string | null
  /**
   * Original title for an imported session; null for other item types.
   */
  readonly title?: string | null
}
const $ExternalAgentConfigImportItemTypeSuccess = lazy("ExternalAgentConfigImportItemTypeSuccess", (): Schema.Schema<ExternalAgentConfigImportItemTypeSuccess> => Schema.Struct({
  cwd: optional(Schema.NullOr(Schema.String)),
  itemType: $ExternalAgentConfigMigrationItemType(),
  source: optional(Schema.NullOr(Schema.String)),
  target: optional(Schema.NullOr(Schema.String)),
  title: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link ExternalAgentConfigImportItemTypeSuccess}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ExternalAgentConfigImportItemTypeSuccess: Schema.Schema<ExternalAgentConfigImportItemTypeSuccess> = exported("ExternalAgentConfigImportItemTypeSuccess", $ExternalAgentConfigImportItemTypeSuccess)

/**
 * The `ExternalAgentConfigImportTypeResult` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ExternalAgentConfigImportTypeResult {
  readonly failures: ReadonlyArray<ExternalAgentConfigImportItemTypeFailure>
  readonly itemType: ExternalAgentConfigMigrationItemType
  readonly successes: ReadonlyArray<ExternalAgentConfigImportItemTypeSuccess>
}
const $ExternalAgentConfigImportTypeResult = lazy("ExternalAgentConfigImportTypeResult", (): Schema.Schema<ExternalAgentConfigImportTypeResult> => Schema.Struct({
  failures: Schema.Array($ExternalAgentConfigImportItemTypeFailure()),
  itemType: $ExternalAgentConfigMigrationItemType(),
  successes: Schema.Array($ExternalAgentConfigImportItemTypeSuccess())
}))
/**
 * The schema of {@link ExternalAgentConfigImportTypeResult}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ExternalAgentConfigImportTypeResult: Schema.Schema<ExternalAgentConfigImportTypeResult> = exported("ExternalAgentConfigImportTypeResult", $ExternalAgentConfigImportTypeResult)

/**
 * The `ExternalAgentConfigImportCompletedNotification` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ExternalAgentConfigImportCompletedNotification {
  readonly importId: string
  readonly itemTypeResults: ReadonlyArray<ExternalAgentConfigImportTypeResult>
}
const $ExternalAgentConfigImportCompletedNotification = lazy("ExternalAgentConfigImportCompletedNotification", (): Schema.Schema<ExternalAgentConfigImportCompletedNotification> => Schema.Struct({
  importId: Schema.String,
  itemTypeResults: Schema.Array($ExternalAgentConfigImportTypeResult())
}))
/**
 * The schema of {@link ExternalAgentConfigImportCompletedNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ExternalAgentConfigImportCompletedNotification: Schema.Schema<ExternalAgentConfigImportCompletedNotification> = exported("ExternalAgentConfigImportCompletedNotification", $ExternalAgentConfigImportCompletedNotification)

/**
 * The `ExternalAgentConfigImportHistory` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ExternalAgentConfigImportHistory {
  readonly completedAtMs: number
  readonly failures: ReadonlyArray<ExternalAgentConfigImportItemTypeFailure>
  readonly importId: string
  readonly providerId?: string | null
  readonly successes: ReadonlyArray<ExternalAgentConfigImportItemTypeSuccess>
}
const $ExternalAgentConfigImportHistory = lazy("ExternalAgentConfigImportHistory", (): Schema.Schema<ExternalAgentConfigImportHistory> => Schema.Struct({
  completedAtMs: Schema.Number,
  failures: Schema.Array($ExternalAgentConfigImportItemTypeFailure()),
  importId: Schema.String,
  providerId: optional(Schema.NullOr(Schema.String)),
  successes: Schema.Array($ExternalAgentConfigImportItemTypeSuccess())
}))
/**
 * The schema of {@link ExternalAgentConfigImportHistory}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ExternalAgentConfigImportHistory: Schema.Schema<ExternalAgentConfigImportHistory> = exported("ExternalAgentConfigImportHistory", $ExternalAgentConfigImportHistory)

/**
 * The `ExternalAgentImportedConnectorSource` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ExternalAgentImportedConnectorSource = "remoteMcpServersConfig"
const $ExternalAgentImportedConnectorSource = lazy("ExternalAgentImportedConnectorSource", (): Schema.Schema<ExternalAgentImportedConnectorSource> => Schema.Literal("remoteMcpServersConfig"))
/**
 * The schema of {@link ExternalAgentImportedConnectorSource}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ExternalAgentImportedConnectorSource: Schema.Schema<ExternalAgentImportedConnectorSource> = exported("ExternalAgentImportedConnectorSource", $ExternalAgentImportedConnectorSource)

/**
 * The `ExternalAgentImportedConnectorCandidate` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ExternalAgentImportedConnectorCandidate {
  readonly name: string
  readonly sessionCount: number
  readonly source: ExternalAgentImportedConnectorSource
}
const $ExternalAgentImportedConnectorCandidate = lazy("ExternalAgentImportedConnectorCandidate", (): Schema.Schema<ExternalAgentImportedConnectorCandidate> => Schema.Struct({
  name: Schema.String,
  sessionCount: Schema.Int,
  source: $ExternalAgentImportedConnectorSource()
}))
/**
 * The schema of {@link ExternalAgentImportedConnectorCandidate}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ExternalAgentImportedConnectorCandidate: Schema.Schema<ExternalAgentImportedConnectorCandidate> = exported("ExternalAgentImportedConnectorCandidate", $ExternalAgentImportedConnectorCandidate)

/**
 * The `ExternalAgentConfigImportHistoriesReadResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ExternalAgentConfigImportHistoriesReadResponse {
  readonly connectors: ReadonlyArray<ExternalAgentImportedConnectorCandidate>
  readonly data: ReadonlyArray<ExternalAgentConfigImportHistory>
}
const $ExternalAgentConfigImportHistoriesReadResponse = lazy("ExternalAgentConfigImportHistoriesReadResponse", (): Schema.Schema<ExternalAgentConfigImportHistoriesReadResponse> => Schema.Struct({
  connectors: Schema.Array($ExternalAgentImportedConnectorCandidate()),
  data: Schema.Array($ExternalAgentConfigImportHistory())
}))
/**
 * The schema of {@link ExternalAgentConfigImportHistoriesReadResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ExternalAgentConfigImportHistoriesReadResponse: Schema.Schema<ExternalAgentConfigImportHistoriesReadResponse> = exported("ExternalAgentConfigImportHistoriesReadResponse", $ExternalAgentConfigImportHistoriesReadResponse)

/**
 * The `ExternalAgentConfigImportHistoryRecordResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ExternalAgentConfigImportHistoryRecordResponse {
  readonly importId: string
}
const $ExternalAgentConfigImportHistoryRecordResponse = lazy("ExternalAgentConfigImportHistoryRecordResponse", (): Schema.Schema<ExternalAgentConfigImportHistoryRecordResponse> => Schema.Struct({
  importId: Schema.String
}))
/**
 * The schema of {@link ExternalAgentConfigImportHistoryRecordResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ExternalAgentConfigImportHistoryRecordResponse: Schema.Schema<ExternalAgentConfigImportHistoryRecordResponse> = exported("ExternalAgentConfigImportHistoryRecordResponse", $ExternalAgentConfigImportHistoryRecordResponse)

/**
 * The `ExternalAgentConfigImportProgressNotification` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ExternalAgentConfigImportProgressNotification {
  readonly importId: string
  readonly itemTypeResults: ReadonlyArray<ExternalAgentConfigImportTypeResult>
}
const $ExternalAgentConfigImportProgressNotification = lazy("ExternalAgentConfigImportProgressNotification", (): Schema.Schema<ExternalAgentConfigImportProgressNotification> => Schema.Struct({
  importId: Schema.String,
  itemTypeResults: Schema.Array($ExternalAgentConfigImportTypeResult())
}))
/**
 * The schema of {@link ExternalAgentConfigImportProgressNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ExternalAgentConfigImportProgressNotification: Schema.Schema<ExternalAgentConfigImportProgressNotification> = exported("ExternalAgentConfigImportProgressNotification", $ExternalAgentConfigImportProgressNotification)

/**
 * The `ExternalAgentConfigImportResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ExternalAgentConfigImportResponse {
  readonly importId: string
}
const $ExternalAgentConfigImportResponse = lazy("ExternalAgentConfigImportResponse", (): Schema.Schema<ExternalAgentConfigImportResponse> => Schema.Struct({
  importId: Schema.String
}))
/**
 * The schema of {@link ExternalAgentConfigImportResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ExternalAgentConfigImportResponse: Schema.Schema<ExternalAgentConfigImportResponse> = exported("ExternalAgentConfigImportResponse", $ExternalAgentConfigImportResponse)

/**
 * The `FeedbackSaveResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface FeedbackSaveResponse {
  /**
   * Same prompt hash as feedback/upload; null when prompt metadata is absent.
   */
  readonly promptHash?: string | null
  readonly savedPath: LegacyAppPathString
  readonly threadId: string
}
const $FeedbackSaveResponse = lazy("FeedbackSaveResponse", (): Schema.Schema<FeedbackSaveResponse> => Schema.Struct({
  promptHash: optional(Schema.NullOr(Schema.String)),
  savedPath: $LegacyAppPathString(),
  threadId: Schema.String
}))
/**
 * The schema of {@link FeedbackSaveResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FeedbackSaveResponse: Schema.Schema<FeedbackSaveResponse> = exported("FeedbackSaveResponse", $FeedbackSaveResponse)

/**
 * The `FeedbackUploadResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface FeedbackUploadResponse {
  /**
   * Whitespace-normalized SHA-256 of the session base instructions, matching the uploaded `prompt_hash` tag. Does not include later developer messages. Null when the reported rollout has no prompt metadata.
   */
  readonly promptHash?: string | null
  readonly threadId: string
}
const $FeedbackUploadResponse = lazy("FeedbackUploadResponse", (): Schema.Schema<FeedbackUploadResponse> => Schema.Struct({
  promptHash: optional(Schema.NullOr(Schema.String)),
  threadId: Schema.String
}))
/**
 * The schema of {@link FeedbackUploadResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FeedbackUploadResponse: Schema.Schema<FeedbackUploadResponse> = exported("FeedbackUploadResponse", $FeedbackUploadResponse)

/**
 * The `FileChangeApprovalDecision` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type FileChangeApprovalDecision = "accept" | "acceptForSession" | "decline" | "cancel"
const $FileChangeApprovalDecision = lazy("FileChangeApprovalDecision", (): Schema.Schema<FileChangeApprovalDecision> => Schema.Union(Schema.Literal("accept"), Schema.Literal("acceptForSession"), Schema.Literal("decline"), Schema.Literal("cancel")))
/**
 * The schema of {@link FileChangeApprovalDecision}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FileChangeApprovalDecision: Schema.Schema<FileChangeApprovalDecision> = exported("FileChangeApprovalDecision", $FileChangeApprovalDecision)

/**
 * Deprecated legacy notification for `apply_patch` textual output.
 *
 * The server no longer emits this notification.
 *
 * @since 0.1.0
 * @category models
 */
export interface FileChangeOutputDeltaNotification {
  readonly delta: string
  readonly itemId: string
  readonly threadId: string
  readonly turnId: string
}
const $FileChangeOutputDeltaNotification = lazy("FileChangeOutputDeltaNotification", (): Schema.Schema<FileChangeOutputDeltaNotification> => Schema.Struct({
  delta: Schema.String,
  itemId: Schema.String,
  threadId: Schema.String,
  turnId: Schema.String
}))
/**
 * The schema of {@link FileChangeOutputDeltaNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FileChangeOutputDeltaNotification: Schema.Schema<FileChangeOutputDeltaNotification> = exported("FileChangeOutputDeltaNotification", $FileChangeOutputDeltaNotification)

/**
 * The `PatchChangeKind` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type PatchChangeKind = {
  readonly type: "add"
} | {
  readonly type: "delete"
} | {
  readonly move_path?: string | null
  readonly type: "update"
}
const $PatchChangeKind = lazy("PatchChangeKind", (): Schema.Schema<PatchChangeKind> => Schema.Union(Schema.Struct({
  type: Schema.Literal("add")
}), Schema.Struct({
  type: Schema.Literal("delete")
}), Schema.Struct({
  move_path: optional(Schema.NullOr(Schema.String)),
  type: Schema.Literal("update")
})))
/**
 * The schema of {@link PatchChangeKind}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PatchChangeKind: Schema.Schema<PatchChangeKind> = exported("PatchChangeKind", $PatchChangeKind)

/**
 * The `FileUpdateChange` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface FileUpdateChange {
  readonly diff: string
  readonly kind: PatchChangeKind
  readonly path: string
}
const $FileUpdateChange = lazy("FileUpdateChange", (): Schema.Schema<FileUpdateChange> => Schema.Struct({
  diff: Schema.String,
  kind: $PatchChangeKind(),
  path: Schema.String
}))
/**
 * The schema of {@link FileUpdateChange}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FileUpdateChange: Schema.Schema<FileUpdateChange> = exported("FileUpdateChange", $FileUpdateChange)

/**
 * The `FileChangePatchUpdatedNotification` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface FileChangePatchUpdatedNotification {
  readonly changes: ReadonlyArray<FileUpdateChange>
  readonly itemId: string
  readonly threadId: string
  readonly turnId: string
}
const $FileChangePatchUpdatedNotification = lazy("FileChangePatchUpdatedNotification", (): Schema.Schema<FileChangePatchUpdatedNotification> => Schema.Struct({
  changes: Schema.Array($FileUpdateChange()),
  itemId: Schema.String,
  threadId: Schema.String,
  turnId: Schema.String
}))
/**
 * The schema of {@link FileChangePatchUpdatedNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FileChangePatchUpdatedNotification: Schema.Schema<FileChangePatchUpdatedNotification> = exported("FileChangePatchUpdatedNotification", $FileChangePatchUpdatedNotification)

/**
 * The `FileChangeRequestApprovalParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface FileChangeRequestApprovalParams {
  /**
   * [UNSTABLE] When set, the agent is asking the user to allow writes under this root for the remainder of the session (unclear if this is honored today).
   */
  readonly grantRoot?: string | null
  readonly itemId: string
  /**
   * Optional explanatory reason (e.g. request for extra write access).
   */
  readonly reason?: string | null
  /**
   * Unix timestamp (in milliseconds) when this approval request started.
   */
  readonly startedAtMs: number
  readonly threadId: string
  readonly turnId: string
}
const $FileChangeRequestApprovalParams = lazy("FileChangeRequestApprovalParams", (): Schema.Schema<FileChangeRequestApprovalParams> => Schema.Struct({
  grantRoot: optional(Schema.NullOr(Schema.String)),
  itemId: Schema.String,
  reason: optional(Schema.NullOr(Schema.String)),
  startedAtMs: Schema.Number,
  threadId: Schema.String,
  turnId: Schema.String
}))
/**
 * The schema of {@link FileChangeRequestApprovalParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FileChangeRequestApprovalParams: Schema.Schema<FileChangeRequestApprovalParams> = exported("FileChangeRequestApprovalParams", $FileChangeRequestApprovalParams)

/**
 * The `FileChangeRequestApprovalResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface FileChangeRequestApprovalResponse {
  readonly decision: FileChangeApprovalDecision
}
const $FileChangeRequestApprovalResponse = lazy("FileChangeRequestApprovalResponse", (): Schema.Schema<FileChangeRequestApprovalResponse> => Schema.Struct({
  decision: $FileChangeApprovalDecision()
}))
/**
 * The schema of {@link FileChangeRequestApprovalResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FileChangeRequestApprovalResponse: Schema.Schema<FileChangeRequestApprovalResponse> = exported("FileChangeRequestApprovalResponse", $FileChangeRequestApprovalResponse)

/**
 * Filesystem watch notification emitted for `fs/watch` subscribers.
 *
 * @since 0.1.0
 * @category models
 */
export interface FsChangedNotification {
  /**
   * File or directory paths associated with this event.
   */
  readonly changedPaths: ReadonlyArray<AbsolutePathBuf>
  /**
   * Watch identifier previously provided to `fs/watch`.
   */
  readonly watchId: string
}
const $FsChangedNotification = lazy("FsChangedNotification", (): Schema.Schema<FsChangedNotification> => Schema.Struct({
  changedPaths: Schema.Array($AbsolutePathBuf()),
  watchId: Schema.String
}))
/**
 * The schema of {@link FsChangedNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FsChangedNotification: Schema.Schema<FsChangedNotification> = exported("FsChangedNotification", $FsChangedNotification)

/**
 * Successful response for `fs/copy`.
 *
 * @since 0.1.0
 * @category models
 */
export type FsCopyResponse = { readonly [key: string]: unknown }
const $FsCopyResponse = lazy("FsCopyResponse", (): Schema.Schema<FsCopyResponse> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link FsCopyResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FsCopyResponse: Schema.Schema<FsCopyResponse> = exported("FsCopyResponse", $FsCopyResponse)

/**
 * Successful response for `fs/createDirectory`.
 *
 * @since 0.1.0
 * @category models
 */
export type FsCreateDirectoryResponse = { readonly [key: string]: unknown }
const $FsCreateDirectoryResponse = lazy("FsCreateDirectoryResponse", (): Schema.Schema<FsCreateDirectoryResponse> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link FsCreateDirectoryResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FsCreateDirectoryResponse: Schema.Schema<FsCreateDirectoryResponse> = exported("FsCreateDirectoryResponse", $FsCreateDirectoryResponse)

/**
 * Metadata returned by `fs/getMetadata`.
 *
 * @since 0.1.0
 * @category models
 */
export interface FsGetMetadataResponse {
  /**
   * File creation time in Unix milliseconds when available, otherwise `0`.
   */
  readonly createdAtMs: number
  /**
   * Whether the path resolves to a directory.
   */
  readonly isDirectory: boolean
  /**
   * Whether the path resolves to a regular file.
   */
  readonly isFile: boolean
  /**
   * Whether the path itself is a symbolic link.
   */
  readonly isSymlink: boolean
  /**
   * File modification time in Unix milliseconds when available, otherwise `0`.
   */
  readonly modifiedAtMs: number
}
const $FsGetMetadataResponse = lazy("FsGetMetadataResponse", (): Schema.Schema<FsGetMetadataResponse> => Schema.Struct({
  createdAtMs: Schema.Number,
  isDirectory: Schema.Boolean,
  isFile: Schema.Boolean,
  isSymlink: Schema.Boolean,
  modifiedAtMs: Schema.Number
}))
/**
 * The schema of {@link FsGetMetadataResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FsGetMetadataResponse: Schema.Schema<FsGetMetadataResponse> = exported("FsGetMetadataResponse", $FsGetMetadataResponse)

/**
 * A directory entry returned by `fs/readDirectory`.
 *
 * @since 0.1.0
 * @category models
 */
export interface FsReadDirectoryEntry {
  /**
   * Direct child entry name only, not an absolute or relative path.
   */
  readonly fileName: string
  /**
   * Whether this entry resolves to a directory.
   */
  readonly isDirectory: boolean
  /**
   * Whether this entry resolves to a regular file.
   */
  readonly isFile: boolean
}
const $FsReadDirectoryEntry = lazy("FsReadDirectoryEntry", (): Schema.Schema<FsReadDirectoryEntry> => Schema.Struct({
  fileName: Schema.String,
  isDirectory: Schema.Boolean,
  isFile: Schema.Boolean
}))
/**
 * The schema of {@link FsReadDirectoryEntry}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FsReadDirectoryEntry: Schema.Schema<FsReadDirectoryEntry> = exported("FsReadDirectoryEntry", $FsReadDirectoryEntry)

/**
 * Directory entries returned by `fs/readDirectory`.
 *
 * @since 0.1.0
 * @category models
 */
export interface FsReadDirectoryResponse {
  /**
   * Direct child entries in the requested directory.
   */
  readonly entries: ReadonlyArray<FsReadDirectoryEntry>
}
const $FsReadDirectoryResponse = lazy("FsReadDirectoryResponse", (): Schema.Schema<FsReadDirectoryResponse> => Schema.Struct({
  entries: Schema.Array($FsReadDirectoryEntry())
}))
/**
 * The schema of {@link FsReadDirectoryResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FsReadDirectoryResponse: Schema.Schema<FsReadDirectoryResponse> = exported("FsReadDirectoryResponse", $FsReadDirectoryResponse)

/**
 * Base64-encoded file contents returned by `fs/readFile`.
 *
 * @since 0.1.0
 * @category models
 */
export interface FsReadFileResponse {
  /**
   * File contents encoded as base64.
   */
  readonly dataBase64: string
}
const $FsReadFileResponse = lazy("FsReadFileResponse", (): Schema.Schema<FsReadFileResponse> => Schema.Struct({
  dataBase64: Schema.String
}))
/**
 * The schema of {@link FsReadFileResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FsReadFileResponse: Schema.Schema<FsReadFileResponse> = exported("FsReadFileResponse", $FsReadFileResponse)

/**
 * Successful response for `fs/remove`.
 *
 * @since 0.1.0
 * @category models
 */
export type FsRemoveResponse = { readonly [key: string]: unknown }
const $FsRemoveResponse = lazy("FsRemoveResponse", (): Schema.Schema<FsRemoveResponse> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link FsRemoveResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FsRemoveResponse: Schema.Schema<FsRemoveResponse> = exported("FsRemoveResponse", $FsRemoveResponse)

/**
 * Successful response for `fs/unwatch`.
 *
 * @since 0.1.0
 * @category models
 */
export type FsUnwatchResponse = { readonly [key: string]: unknown }
const $FsUnwatchResponse = lazy("FsUnwatchResponse", (): Schema.Schema<FsUnwatchResponse> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link FsUnwatchResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FsUnwatchResponse: Schema.Schema<FsUnwatchResponse> = exported("FsUnwatchResponse", $FsUnwatchResponse)

/**
 * Successful response for `fs/watch`.
 *
 * @since 0.1.0
 * @category models
 */
export interface FsWatchResponse {
  /**
   * Canonicalized path associated with the watch.
   */
  readonly path: AbsolutePathBuf
}
const $FsWatchResponse = lazy("FsWatchResponse", (): Schema.Schema<FsWatchResponse> => Schema.Struct({
  path: $AbsolutePathBuf()
}))
/**
 * The schema of {@link FsWatchResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FsWatchResponse: Schema.Schema<FsWatchResponse> = exported("FsWatchResponse", $FsWatchResponse)

/**
 * Successful response for `fs/writeFile`.
 *
 * @since 0.1.0
 * @category models
 */
export type FsWriteFileResponse = { readonly [key: string]: unknown }
const $FsWriteFileResponse = lazy("FsWriteFileResponse", (): Schema.Schema<FsWriteFileResponse> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link FsWriteFileResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FsWriteFileResponse: Schema.Schema<FsWriteFileResponse> = exported("FsWriteFileResponse", $FsWriteFileResponse)

/**
 * The `FuzzyFileSearchMatchType` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type FuzzyFileSearchMatchType = "file" | "directory" | (string & {})
const $FuzzyFileSearchMatchType = lazy("FuzzyFileSearchMatchType", (): Schema.Schema<FuzzyFileSearchMatchType> => Schema.Union(Schema.Literal("file", "directory"), Schema.String))
/**
 * The schema of {@link FuzzyFileSearchMatchType}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FuzzyFileSearchMatchType: Schema.Schema<FuzzyFileSearchMatchType> = exported("FuzzyFileSearchMatchType", $FuzzyFileSearchMatchType)

/**
 * Superset of [`codex_file_search::FileMatch`]
 *
 * @since 0.1.0
 * @category models
 */
export interface FuzzyFileSearchResult {
  readonly file_name: string
  readonly indices?: ReadonlyArray<number> | null
  readonly match_type: FuzzyFileSearchMatchType
  readonly path: string
  readonly root: string
  readonly score: number
}
const $FuzzyFileSearchResult = lazy("FuzzyFileSearchResult", (): Schema.Schema<FuzzyFileSearchResult> => Schema.Struct({
  file_name: Schema.String,
  indices: optional(Schema.NullOr(Schema.Array(Schema.Int))),
  match_type: $FuzzyFileSearchMatchType(),
  path: Schema.String,
  root: Schema.String,
  score: Schema.Int
}))
/**
 * The schema of {@link FuzzyFileSearchResult}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FuzzyFileSearchResult: Schema.Schema<FuzzyFileSearchResult> = exported("FuzzyFileSearchResult", $FuzzyFileSearchResult)

/**
 * The `FuzzyFileSearchResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface FuzzyFileSearchResponse {
  readonly files: ReadonlyArray<FuzzyFileSearchResult>
}
const $FuzzyFileSearchResponse = lazy("FuzzyFileSearchResponse", (): Schema.Schema<FuzzyFileSearchResponse> => Schema.Struct({
  files: Schema.Array($FuzzyFileSearchResult())
}))
/**
 * The schema of {@link FuzzyFileSearchResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FuzzyFileSearchResponse: Schema.Schema<FuzzyFileSearchResponse> = exported("FuzzyFileSearchResponse", $FuzzyFileSearchResponse)

/**
 * The `FuzzyFileSearchSessionCompletedNotification` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface FuzzyFileSearchSessionCompletedNotification {
  readonly sessionId: string
}
const $FuzzyFileSearchSessionCompletedNotification = lazy("FuzzyFileSearchSessionCompletedNotification", (): Schema.Schema<FuzzyFileSearchSessionCompletedNotification> => Schema.Struct({
  sessionId: Schema.String
}))
/**
 * The schema of {@link FuzzyFileSearchSessionCompletedNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FuzzyFileSearchSessionCompletedNotification: Schema.Schema<FuzzyFileSearchSessionCompletedNotification> = exported("FuzzyFileSearchSessionCompletedNotification", $FuzzyFileSearchSessionCompletedNotification)

/**
 * The `FuzzyFileSearchSessionStartResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type FuzzyFileSearchSessionStartResponse = { readonly [key: string]: unknown }
const $FuzzyFileSearchSessionStartResponse = lazy("FuzzyFileSearchSessionStartResponse", (): Schema.Schema<FuzzyFileSearchSessionStartResponse> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link FuzzyFileSearchSessionStartResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FuzzyFileSearchSessionStartResponse: Schema.Schema<FuzzyFileSearchSessionStartResponse> = exported("FuzzyFileSearchSessionStartResponse", $FuzzyFileSearchSessionStartResponse)

/**
 * The `FuzzyFileSearchSessionStopResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type FuzzyFileSearchSessionStopResponse = { readonly [key: string]: unknown }
const $FuzzyFileSearchSessionStopResponse = lazy("FuzzyFileSearchSessionStopResponse", (): Schema.Schema<FuzzyFileSearchSessionStopResponse> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link FuzzyFileSearchSessionStopResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FuzzyFileSearchSessionStopResponse: Schema.Schema<FuzzyFileSearchSessionStopResponse> = exported("FuzzyFileSearchSessionStopResponse", $FuzzyFileSearchSessionStopResponse)

/**
 * The `FuzzyFileSearchSessionUpdateResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type FuzzyFileSearchSessionUpdateResponse = { readonly [key: string]: unknown }
const $FuzzyFileSearchSessionUpdateResponse = lazy("FuzzyFileSearchSessionUpdateResponse", (): Schema.Schema<FuzzyFileSearchSessionUpdateResponse> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link FuzzyFileSearchSessionUpdateResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FuzzyFileSearchSessionUpdateResponse: Schema.Schema<FuzzyFileSearchSessionUpdateResponse> = exported("FuzzyFileSearchSessionUpdateResponse", $FuzzyFileSearchSessionUpdateResponse)

/**
 * The `FuzzyFileSearchSessionUpdatedNotification` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface FuzzyFileSearchSessionUpdatedNotification {
  readonly files: ReadonlyArray<FuzzyFileSearchResult>
  readonly query: string
  readonly sessionId: string
}
const $FuzzyFileSearchSessionUpdatedNotification = lazy("FuzzyFileSearchSessionUpdatedNotification", (): Schema.Schema<FuzzyFileSearchSessionUpdatedNotification> => Schema.Struct({
  files: Schema.Array($FuzzyFileSearchResult()),
  query: Schema.String,
  sessionId: Schema.String
}))
/**
 * The schema of {@link FuzzyFileSearchSessionUpdatedNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FuzzyFileSearchSessionUpdatedNotification: Schema.Schema<FuzzyFileSearchSessionUpdatedNotification> = exported("FuzzyFileSearchSessionUpdatedNotification", $FuzzyFileSearchSessionUpdatedNotification)

/**
 * The `GatewayAuth` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type GatewayAuth = {
  readonly mode: "none"
} | {
  readonly envKey: string
  readonly mode: "environmentVariable"
} | {
  readonly envKey?: string | null
  readonly mode: "externallyConfigured"
}
const $GatewayAuth = lazy("GatewayAuth", (): Schema.Schema<GatewayAuth> => Schema.Union(Schema.Struct({
  mode: Schema.Literal("none")
}), Schema.Struct({
  envKey: Schema.String,
  mode: Schema.Literal("environmentVariable")
}), Schema.Struct({
  envKey: optional(Schema.NullOr(Schema.String)),
  mode: Schema.Literal("externallyConfigured")
})))
/**
 * The schema of {@link GatewayAuth}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const GatewayAuth: Schema.Schema<GatewayAuth> = exported("GatewayAuth", $GatewayAuth)

/**
 * The `GatewayOAuthCancelResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type GatewayOAuthCancelResponse = { readonly [key: string]: unknown }
const $GatewayOAuthCancelResponse = lazy("GatewayOAuthCancelResponse", (): Schema.Schema<GatewayOAuthCancelResponse> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link GatewayOAuthCancelResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const GatewayOAuthCancelResponse: Schema.Schema<GatewayOAuthCancelResponse> = exported("GatewayOAuthCancelResponse", $GatewayOAuthCancelResponse)

/**
 * The `GatewayOAuthStatus` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type GatewayOAuthStatus = "notReady" | "started" | "succeeded" | "failed" | (string & {})
const $GatewayOAuthStatus = lazy("GatewayOAuthStatus", (): Schema.Schema<GatewayOAuthStatus> => Schema.Union(Schema.Literal("notReady", "started", "succeeded", "failed"), Schema.String))
/**
 * The schema of {@link GatewayOAuthStatus}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const GatewayOAuthStatus: Schema.Schema<GatewayOAuthStatus> = exported("GatewayOAuthStatus", $GatewayOAuthStatus)

/**
 * The `GatewayOAuthChangedNotification` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface GatewayOAuthChangedNotification {
  /**
   * Authorization handoff, sent only to the connection that started login.
   */
  readonly authUrl?: string | null
  readonly error?: string | null
  /**
   * Identifies the completed device login attempt.
   */
  readonly loginId?: string | null
  readonly providerId: string
  readonly status: GatewayOAuthStatus
}
const $GatewayOAuthChangedNotification = lazy("GatewayOAuthChangedNotification", (): Schema.Schema<GatewayOAuthChangedNotification> => Schema.Struct({
  authUrl: optional(Schema.NullOr(Schema.String)),
  error: optional(Schema.NullOr(Schema.String)),
  loginId: optional(Schema.NullOr(Schema.String)),
  providerId: Schema.String,
  status: $GatewayOAuthStatus()
}))
/**
 * The schema of {@link GatewayOAuthChangedNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const GatewayOAuthChangedNotification: Schema.Schema<GatewayOAuthChangedNotification> = exported("GatewayOAuthChangedNotification", $GatewayOAuthChangedNotification)

/**
 * The `GatewayOAuthPrompt` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface GatewayOAuthPrompt {
  readonly loginId: string
  readonly userCode: string
  readonly verificationUrl: string
}
const $GatewayOAuthPrompt = lazy("GatewayOAuthPrompt", (): Schema.Schema<GatewayOAuthPrompt> => Schema.Struct({
  loginId: Schema.String,
  userCode: Schema.String,
  verificationUrl: Schema.String
}))
/**
 * The schema of {@link GatewayOAuthPrompt}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const GatewayOAuthPrompt: Schema.Schema<GatewayOAuthPrompt> = exported("GatewayOAuthPrompt", $GatewayOAuthPrompt)

/**
 * The `GatewayOAuthLoginResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface GatewayOAuthLoginResponse {
  readonly prompt?: GatewayOAuthPrompt | null
}
const $GatewayOAuthLoginResponse = lazy("GatewayOAuthLoginResponse", (): Schema.Schema<GatewayOAuthLoginResponse> => Schema.Struct({
  prompt: optional(Schema.NullOr($GatewayOAuthPrompt()))
}))
/**
 * The schema of {@link GatewayOAuthLoginResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const GatewayOAuthLoginResponse: Schema.Schema<GatewayOAuthLoginResponse> = exported("GatewayOAuthLoginResponse", $GatewayOAuthLoginResponse)

/**
 * Current effective gateway policy and credential readiness; never contains credentials.
 *
 * @since 0.1.0
 * @category models
 */
export interface GatewayOAuthReadResponse {
  readonly error?: string | null
  readonly providerId: string
  readonly providerName: string
  /**
   * Whether the selected provider uses gateway OAuth, even when already signed in.
   */
  readonly required: boolean
  /**
   * Null when the effective provider does not use gateway OAuth.
   */
  readonly status?: GatewayOAuthStatus | null
  /**
   * Whether the administrator configured a device authorization endpoint.
   */
  readonly supportsDeviceAuth?: boolean
}
const $GatewayOAuthReadResponse = lazy("GatewayOAuthReadResponse", (): Schema.Schema<GatewayOAuthReadResponse> => Schema.Struct({
  error: optional(Schema.NullOr(Schema.String)),
  providerId: Schema.String,
  providerName: Schema.String,
  required: Schema.Boolean,
  status: optional(Schema.NullOr($GatewayOAuthStatus())),
  supportsDeviceAuth: optional(Schema.Boolean)
}))
/**
 * The schema of {@link GatewayOAuthReadResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const GatewayOAuthReadResponse: Schema.Schema<GatewayOAuthReadResponse> = exported("GatewayOAuthReadResponse", $GatewayOAuthReadResponse)

/**
 * The `GcpSetupResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type GcpSetupResponse = { readonly [key: string]: unknown }
const $GcpSetupResponse = lazy("GcpSetupResponse", (): Schema.Schema<GcpSetupResponse> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link GcpSetupResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const GcpSetupResponse: Schema.Schema<GcpSetupResponse> = exported("GcpSetupResponse", $GcpSetupResponse)

/**
 * The `RateLimitResetCreditStatus` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type RateLimitResetCreditStatus = "available" | "redeeming" | "redeemed" | "unknown" | (string & {})
const $RateLimitResetCreditStatus = lazy("RateLimitResetCreditStatus", (): Schema.Schema<RateLimitResetCreditStatus> => Schema.Union(Schema.Literal("available", "redeeming", "redeemed", "unknown"), Schema.String))
/**
 * The schema of {@link RateLimitResetCreditStatus}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const RateLimitResetCreditStatus: Schema.Schema<RateLimitResetCreditStatus> = exported("RateLimitResetCreditStatus", $RateLimitResetCreditStatus)

/**
 * The `RateLimitResetType` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type RateLimitResetType = "codexRateLimits" | "unknown" | (string & {})
const $RateLimitResetType = lazy("RateLimitResetType", (): Schema.Schema<RateLimitResetType> => Schema.Union(Schema.Literal("codexRateLimits", "unknown"), Schema.String))
/**
 * The schema of {@link RateLimitResetType}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const RateLimitResetType: Schema.Schema<RateLimitResetType> = exported("RateLimitResetType", $RateLimitResetType)

/**
 * The `RateLimitResetCredit` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface RateLimitResetCredit {
  /**
   * Backend-provided display description for this credit, or `null` when unavailable.
   */
  readonly description?: string | null
  /**
   * Unix timestamp in seconds when the credit expires, or `null` if it does not expire.
   */
  readonly expiresAt?: number | null
  /**
   * Unix timestamp in seconds when the credit was granted.
   */
  readonly grantedAt: number
  /**
   * Opaque backend identifier for this reset credit.
   */
  readonly id: string
  readonly resetType: RateLimitResetType
  readonly status: RateLimitResetCreditStatus
  /**
   * Backend-provided display title for this credit, or `null` when unavailable.
   */
  readonly title?: string | null
}
const $RateLimitResetCredit = lazy("RateLimitResetCredit", (): Schema.Schema<RateLimitResetCredit> => Schema.Struct({
  description: optional(Schema.NullOr(Schema.String)),
  expiresAt: optional(Schema.NullOr(Schema.Number)),
  grantedAt: Schema.Number,
  id: Schema.String,
  resetType: $RateLimitResetType(),
  status: $RateLimitResetCreditStatus(),
  title: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link RateLimitResetCredit}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const RateLimitResetCredit: Schema.Schema<RateLimitResetCredit> = exported("RateLimitResetCredit", $RateLimitResetCredit)

/**
 * The `RateLimitResetCreditsSummary` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface RateLimitResetCreditsSummary {
  readonly availableCount: number
  /**
   * Detail rows for available reset credits, when the backend provides them.
   *
   * `null` means only `availableCount` is known, while an empty array means details were fetched and no available credits were returned. The backend may cap this list, so its length can be less than `availableCount`.
   */
  readonly credits?: ReadonlyArray<RateLimitResetCredit> | null
}
const $RateLimitResetCreditsSummary = lazy("RateLimitResetCreditsSummary", (): Schema.Schema<RateLimitResetCreditsSummary> => Schema.Struct({
  availableCount: Schema.Number,
  credits: optional(Schema.NullOr(Schema.Array($RateLimitResetCredit())))
}))
/**
 * The schema of {@link RateLimitResetCreditsSummary}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const RateLimitResetCreditsSummary: Schema.Schema<RateLimitResetCreditsSummary> = exported("RateLimitResetCreditsSummary", $RateLimitResetCreditsSummary)

/**
 * The `GetAccountRateLimitsResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface GetAccountRateLimitsResponse {
  /**
   * Account associated with this usage snapshot, when supplied by the backend.
   */
  readonly accountId?: string | null
  /**
   * Backend permission for ordinary included usage, validated against the active account. Null means unavailable; clients must not infer recovery from percentages or reset times.
   */
  readonly ordinaryUsageAllowed?: boolean | null
  readonly rateLimitResetCredits?: RateLimitResetCreditsSummary | null
  /**
   * Optional backend-owned banner from the same usage read. Its nested keys retain the backend's snake_case contract; an absent banner leaves the client's existing UI unchanged.
   */
  readonly rateLimitUpsell?: unknown
  /**
   * Backward-compatible single-bucket view; mirrors the historical payload.
   */
  readonly rateLimits: RateLimitSnapshot
  /**
   * Multi-bucket view keyed by metered `limit_id` (for example, `codex`).
   */
  readonly rateLimitsByLimitId?: { readonly [key: string]: RateLimitSnapshot } | null
}
const $GetAccountRateLimitsResponse = lazy("GetAccountRateLimitsResponse", (): Schema.Schema<GetAccountRateLimitsResponse> => Schema.Struct({
  accountId: optional(Schema.NullOr(Schema.String)),
  ordinaryUsageAllowed: optional(Schema.NullOr(Schema.Boolean)),
  rateLimitResetCredits: optional(Schema.NullOr($RateLimitResetCreditsSummary())),
  rateLimitUpsell: optional(Schema.Unknown),
  rateLimits: $RateLimitSnapshot(),
  rateLimitsByLimitId: optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: $RateLimitSnapshot() })))
}))
/**
 * The schema of {@link GetAccountRateLimitsResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const GetAccountRateLimitsResponse: Schema.Schema<GetAccountRateLimitsResponse> = exported("GetAccountRateLimitsResponse", $GetAccountRateLimitsResponse)

/**
 * The `WorkspaceRouting` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface WorkspaceRouting {
  readonly accountRoutingOverride: AccountRoutingOverride
  readonly backendOrigin: string
  readonly chatgptAccountId: string
}
const $WorkspaceRouting = lazy("WorkspaceRouting", (): Schema.Schema<WorkspaceRouting> => Schema.Struct({
  accountRoutingOverride: $AccountRoutingOverride(),
  backendOrigin: Schema.String,
  chatgptAccountId: Schema.String
}))
/**
 * The schema of {@link WorkspaceRouting}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WorkspaceRouting: Schema.Schema<WorkspaceRouting> = exported("WorkspaceRouting", $WorkspaceRouting)

/**
 * The `GetAccountResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface GetAccountResponse {
  readonly account?: Account | null
  readonly requiresOpenaiAuth: boolean
  /**
   * ChatGPT user ID belonging to this account response, when available.
   */
  readonly userId?: string | null
  readonly workspaceRouting?: WorkspaceRouting | null
}
const $GetAccountResponse = lazy("GetAccountResponse", (): Schema.Schema<GetAccountResponse> => Schema.Struct({
  account: optional(Schema.NullOr($Account())),
  requiresOpenaiAuth: Schema.Boolean,
  userId: optional(Schema.NullOr(Schema.String)),
  workspaceRouting: optional(Schema.NullOr($WorkspaceRouting()))
}))
/**
 * The schema of {@link GetAccountResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const GetAccountResponse: Schema.Schema<GetAccountResponse> = exported("GetAccountResponse", $GetAccountResponse)

/**
 * Optional security reminder bound to the account that fetched it. Unavailable or ineligible accounts return no notice; this read never changes account security.
 *
 * @since 0.1.0
 * @category models
 */
export interface GetAccountSecuritySetupResponse {
  readonly notice?: AccountSecuritySetupNotice | null
}
const $GetAccountSecuritySetupResponse = lazy("GetAccountSecuritySetupResponse", (): Schema.Schema<GetAccountSecuritySetupResponse> => Schema.Struct({
  notice: optional(Schema.NullOr($AccountSecuritySetupNotice()))
}))
/**
 * The schema of {@link GetAccountSecuritySetupResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const GetAccountSecuritySetupResponse: Schema.Schema<GetAccountSecuritySetupResponse> = exported("GetAccountSecuritySetupResponse", $GetAccountSecuritySetupResponse)

/**
 * The `ThreadUsageBreakdownGroup` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadUsageBreakdownGroup {
  readonly cachedInputTokens?: number | null
  readonly estimatedUsageCreditsMicros: number
  readonly inputTokens?: number | null
  readonly model?: string | null
  readonly netNewInputTokens?: number | null
  readonly outputTokens?: number | null
  readonly reasoningEffort?: string | null
  readonly speed?: string | null
  readonly totalTokens?: number | null
}
const $ThreadUsageBreakdownGroup = lazy("ThreadUsageBreakdownGroup", (): Schema.Schema<ThreadUsageBreakdownGroup> => Schema.Struct({
  cachedInputTokens: optional(Schema.NullOr(Schema.Number)),
  estimatedUsageCreditsMicros: Schema.Number,
  inputTokens: optional(Schema.NullOr(Schema.Number)),
  model: optional(Schema.NullOr(Schema.String)),
  netNewInputTokens: optional(Schema.NullOr(Schema.Number)),
  outputTokens: optional(Schema.NullOr(Schema.Number)),
  reasoningEffort: optional(Schema.NullOr(Schema.String)),
  speed: optional(Schema.NullOr(Schema.String)),
  totalTokens: optional(Schema.NullOr(Schema.Number))
}))
/**
 * The schema of {@link ThreadUsageBreakdownGroup}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadUsageBreakdownGroup: Schema.Schema<ThreadUsageBreakdownGroup> = exported("ThreadUsageBreakdownGroup", $ThreadUsageBreakdownGroup)

/**
 * The `ThreadUsage` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadUsage {
  readonly estimatedUsageCreditsMicros: number
  readonly estimatedUsageUsdMicros?: number | null
  readonly groups: ReadonlyArray<ThreadUsageBreakdownGroup>
  /**
   * Native dollar usage, independent of credit estimates. None means unknown, not zero.
   */
  readonly nativeUsageUsdMicros?: number | null
  readonly threadId: string
}
const $ThreadUsage = lazy("ThreadUsage", (): Schema.Schema<ThreadUsage> => Schema.Struct({
  estimatedUsageCreditsMicros: Schema.Number,
  estimatedUsageUsdMicros: optional(Schema.NullOr(Schema.Number)),
  groups: Schema.Array($ThreadUsageBreakdownGroup()),
  nativeUsageUsdMicros: optional(Schema.NullOr(Schema.Number)),
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadUsage}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadUsage: Schema.Schema<ThreadUsage> = exported("ThreadUsage", $ThreadUsage)

/**
 * The `GetAccountTokenUsageResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface GetAccountTokenUsageResponse {
  readonly dailyUsageBuckets?: ReadonlyArray<AccountTokenUsageDailyBucket> | null
  readonly summary: AccountTokenUsageSummary
  /**
   * Estimated usage when a thread was requested and its billing route is available.
   */
  readonly threadUsage?: ThreadUsage | null
}
const $GetAccountTokenUsageResponse = lazy("GetAccountTokenUsageResponse", (): Schema.Schema<GetAccountTokenUsageResponse> => Schema.Struct({
  dailyUsageBuckets: optional(Schema.NullOr(Schema.Array($AccountTokenUsageDailyBucket()))),
  summary: $AccountTokenUsageSummary(),
  threadUsage: optional(Schema.NullOr($ThreadUsage()))
}))
/**
 * The schema of {@link GetAccountTokenUsageResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const GetAccountTokenUsageResponse: Schema.Schema<GetAccountTokenUsageResponse> = exported("GetAccountTokenUsageResponse", $GetAccountTokenUsageResponse)

/**
 * The `WorkspaceMessageType` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type WorkspaceMessageType = "headline" | "announcement" | "unknown" | (string & {})
const $WorkspaceMessageType = lazy("WorkspaceMessageType", (): Schema.Schema<WorkspaceMessageType> => Schema.Union(Schema.Literal("headline", "announcement", "unknown"), Schema.String))
/**
 * The schema of {@link WorkspaceMessageType}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WorkspaceMessageType: Schema.Schema<WorkspaceMessageType> = exported("WorkspaceMessageType", $WorkspaceMessageType)

/**
 * The `WorkspaceMessage` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface WorkspaceMessage {
  /**
   * Unix timestamp (in seconds) when the message was archived.
   */
  readonly archivedAt?: number | null
  /**
   * Unix timestamp (in seconds) when the message was created.
   */
  readonly createdAt?: number | null
  readonly messageBody: string
  readonly messageId: string
  readonly messageType: WorkspaceMessageType
}
const $WorkspaceMessage = lazy("WorkspaceMessage", (): Schema.Schema<WorkspaceMessage> => Schema.Struct({
  archivedAt: optional(Schema.NullOr(Schema.Number)),
  createdAt: optional(Schema.NullOr(Schema.Number)),
  messageBody: Schema.String,
  messageId: Schema.String,
  messageType: $WorkspaceMessageType()
}))
/**
 * The schema of {@link WorkspaceMessage}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WorkspaceMessage: Schema.Schema<WorkspaceMessage> = exported("WorkspaceMessage", $WorkspaceMessage)

/**
 * The `GetWorkspaceMessagesResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface GetWorkspaceMessagesResponse {
  /**
   * Whether the workspace-message backend route is available for this client.
   */
  readonly featureEnabled: boolean
  /**
   * Active workspace messages returned by the backend.
   */
  readonly messages: ReadonlyArray<WorkspaceMessage>
}
const $GetWorkspaceMessagesResponse = lazy("GetWorkspaceMessagesResponse", (): Schema.Schema<GetWorkspaceMessagesResponse> => Schema.Struct({
  featureEnabled: Schema.Boolean,
  messages: Schema.Array($WorkspaceMessage())
}))
/**
 * The schema of {@link GetWorkspaceMessagesResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const GetWorkspaceMessagesResponse: Schema.Schema<GetWorkspaceMessagesResponse> = exported("GetWorkspaceMessagesResponse", $GetWorkspaceMessagesResponse)

/**
 * The `GitInfo` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface GitInfo {
  readonly branch?: string | null
  readonly originUrl?: string | null
  readonly sha?: string | null
}
const $GitInfo = lazy("GitInfo", (): Schema.Schema<GitInfo> => Schema.Struct({
  branch: optional(Schema.NullOr(Schema.String)),
  originUrl: optional(Schema.NullOr(Schema.String)),
  sha: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link GitInfo}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const GitInfo: Schema.Schema<GitInfo> = exported("GitInfo", $GitInfo)

/**
 * The `GrantedPermissionProfile` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface GrantedPermissionProfile {
  readonly fileSystem?: AdditionalFileSystemPermissions | null
  readonly network?: AdditionalNetworkPermissions | null
}
const $GrantedPermissionProfile = lazy("GrantedPermissionProfile", (): Schema.Schema<GrantedPermissionProfile> => Schema.Struct({
  fileSystem: optional(Schema.NullOr($AdditionalFileSystemPermissions())),
  network: optional(Schema.NullOr($AdditionalNetworkPermissions()))
}))
/**
 * The schema of {@link GrantedPermissionProfile}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const GrantedPermissionProfile: Schema.Schema<GrantedPermissionProfile> = exported("GrantedPermissionProfile", $GrantedPermissionProfile)

/**
 * [UNSTABLE] Lifecycle state for an approval auto-review.
 *
 * @since 0.1.0
 * @category models
 */
export type GuardianApprovalReviewStatus = "inProgress" | "approved" | "denied" | "timedOut" | "aborted" | (string & {})
const $GuardianApprovalReviewStatus = lazy("GuardianApprovalReviewStatus", (): Schema.Schema<GuardianApprovalReviewStatus> => Schema.Union(Schema.Literal("inProgress", "approved", "denied", "timedOut", "aborted"), Schema.String))
/**
 * The schema of {@link GuardianApprovalReviewStatus}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const GuardianApprovalReviewStatus: Schema.Schema<GuardianApprovalReviewStatus> = exported("GuardianApprovalReviewStatus", $GuardianApprovalReviewStatus)

/**
 * [UNSTABLE] Risk level assigned by approval auto-review.
 *
 * @since 0.1.0
 * @category models
 */
export type GuardianRiskLevel = "low" | "medium" | "high" | "critical" | (string & {})
const $GuardianRiskLevel = lazy("GuardianRiskLevel", (): Schema.Schema<GuardianRiskLevel> => Schema.Union(Schema.Literal("low", "medium", "high", "critical"), Schema.String))
/**
 * The schema of {@link GuardianRiskLevel}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const GuardianRiskLevel: Schema.Schema<GuardianRiskLevel> = exported("GuardianRiskLevel", $GuardianRiskLevel)

/**
 * [UNSTABLE] Authorization level assigned by approval auto-review.
 *
 * @since 0.1.0
 * @category models
 */
export type GuardianUserAuthorization = "unknown" | "low" | "medium" | "high" | (string & {})
const $GuardianUserAuthorization = lazy("GuardianUserAuthorization", (): Schema.Schema<GuardianUserAuthorization> => Schema.Union(Schema.Literal("unknown", "low", "medium", "high"), Schema.String))
/**
 * The schema of {@link GuardianUserAuthorization}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const GuardianUserAuthorization: Schema.Schema<GuardianUserAuthorization> = exported("GuardianUserAuthorization", $GuardianUserAuthorization)

/**
 * [UNSTABLE] Temporary approval auto-review payload used by `item/autoApprovalReview/*` notifications. This shape is expected to change soon.
 *
 * @since 0.1.0
 * @category models
 */
export interface GuardianApprovalReview {
  readonly rationale?: string | null
  readonly riskLevel?: GuardianRiskLevel | null
  readonly status: GuardianApprovalReviewStatus
  readonly userAuthorization?: GuardianUserAuthorization | null
}
const $GuardianApprovalReview = lazy("GuardianApprovalReview", (): Schema.Schema<GuardianApprovalReview> => Schema.Struct({
  rationale: optional(Schema.NullOr(Schema.String)),
  riskLevel: optional(Schema.NullOr($GuardianRiskLevel())),
  status: $GuardianApprovalReviewStatus(),
  userAuthorization: optional(Schema.NullOr($GuardianUserAuthorization()))
}))
/**
 * The schema of {@link GuardianApprovalReview}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const GuardianApprovalReview: Schema.Schema<GuardianApprovalReview> = exported("GuardianApprovalReview", $GuardianApprovalReview)

/**
 * The `GuardianCommandSource` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type GuardianCommandSource = "shell" | "unifiedExec" | (string & {})
const $GuardianCommandSource = lazy("GuardianCommandSource", (): Schema.Schema<GuardianCommandSource> => Schema.Union(Schema.Literal("shell", "unifiedExec"), Schema.String))
/**
 * The schema of {@link GuardianCommandSource}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const GuardianCommandSource: Schema.Schema<GuardianCommandSource> = exported("GuardianCommandSource", $GuardianCommandSource)

/**
 * The `RequestPermissionProfile` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface RequestPermissionProfile {
  readonly fileSystem?: AdditionalFileSystemPermissions | null
  readonly network?: AdditionalNetworkPermissions | null
}
const $RequestPermissionProfile = lazy("RequestPermissionProfile", (): Schema.Schema<RequestPermissionProfile> => Schema.Struct({
  fileSystem: optional(Schema.NullOr($AdditionalFileSystemPermissions())),
  network: optional(Schema.NullOr($AdditionalNetworkPermissions()))
}))
/**
 * The schema of {@link RequestPermissionProfile}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const RequestPermissionProfile: Schema.Schema<RequestPermissionProfile> = exported("RequestPermissionProfile", $RequestPermissionProfile)

/**
 * The `GuardianApprovalReviewAction` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type GuardianApprovalReviewAction = {
  readonly command: string
  readonly cwd: LegacyAppPathString
  readonly source: GuardianCommandSource
  readonly type: "command"
} | {
  readonly argv: ReadonlyArray<string>
  readonly cwd: AbsolutePathBuf
  readonly program: string
  readonly source: GuardianCommandSource
  readonly type: "execve"
} | {
  readonly approvalId: string
  readonly cwd: LegacyAppPathString
  readonly processId: string
  readonly stdin: string
  readonly type: "writeStdin"
} | {
  readonly cwd: LegacyAppPathString
  readonly files: ReadonlyArray<LegacyAppPathString>
  readonly type: "applyPatch"
} | {
  readonly host: string
  readonly port: number
  readonly protocol: NetworkApprovalProtocol
  readonly target: string
  readonly type: "networkAccess"
} | {
  readonly connectorId?: string | null
  readonly connectorName?: string | null
  readonly server: string
  readonly toolName: string
  readonly toolTitle?: string | null
  readonly type: "mcpToolCall"
} | {
  readonly permissions: RequestPermissionProfile
  readonly reason?: string | null
  readonly type: "requestPermissions"
}
const $GuardianApprovalReviewAction = lazy("GuardianApprovalReviewAction", (): Schema.Schema<GuardianApprovalReviewAction> => Schema.Union(Schema.Struct({
  command: Schema.String,
  cwd: $LegacyAppPathString(),
  source: $GuardianCommandSource(),
  type: Schema.Literal("command")
}), Schema.Struct({
  argv: Schema.Array(Schema.String),
  cwd: $AbsolutePathBuf(),
  program: Schema.String,
  source: $GuardianCommandSource(),
  type: Schema.Literal("execve")
}), Schema.Struct({
  approvalId: Schema.String,
  cwd: $LegacyAppPathString(),
  processId: Schema.String,
  stdin: Schema.String,
  type: Schema.Literal("writeStdin")
}), Schema.Struct({
  cwd: $LegacyAppPathString(),
  files: Schema.Array($LegacyAppPathString()),
  type: Schema.Literal("applyPatch")
}), Schema.Struct({
  host: Schema.String,
  port: Schema.Int,
  protocol: $NetworkApprovalProtocol(),
  target: Schema.String,
  type: Schema.Literal("networkAccess")
}), Schema.Struct({
  connectorId: optional(Schema.NullOr(Schema.String)),
  connectorName: optional(Schema.NullOr(Schema.String)),
  server: Schema.String,
  toolName: Schema.String,
  toolTitle: optional(Schema.NullOr(Schema.String)),
  type: Schema.Literal("mcpToolCall")
}), Schema.Struct({
  permissions: $RequestPermissionProfile(),
  reason: optional(Schema.NullOr(Schema.String)),
  type: Schema.Literal("requestPermissions")
})))
/**
 * The schema of {@link GuardianApprovalReviewAction}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const GuardianApprovalReviewAction: Schema.Schema<GuardianApprovalReviewAction> = exported("GuardianApprovalReviewAction", $GuardianApprovalReviewAction)

/**
 * Final allow/deny outcome returned by the guardian reviewer.
 *
 * @since 0.1.0
 * @category models
 */
export type GuardianAssessmentOutcome = "allow" | "deny" | (string & {})
const $GuardianAssessmentOutcome = lazy("GuardianAssessmentOutcome", (): Schema.Schema<GuardianAssessmentOutcome> => Schema.Union(Schema.Literal("allow", "deny"), Schema.String))
/**
 * The schema of {@link GuardianAssessmentOutcome}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const GuardianAssessmentOutcome: Schema.Schema<GuardianAssessmentOutcome> = exported("GuardianAssessmentOutcome", $GuardianAssessmentOutcome)

/**
 * The `GuardianWarningNotification` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface GuardianWarningNotification {
  /**
   * Concise guardian warning message for the user.
   */
  readonly message: string
  /**
   * Thread target for the guardian warning.
   */
  readonly threadId: string
}
const $GuardianWarningNotification = lazy("GuardianWarningNotification", (): Schema.Schema<GuardianWarningNotification> => Schema.Struct({
  message: Schema.String,
  threadId: Schema.String
}))
/**
 * The schema of {@link GuardianWarningNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const GuardianWarningNotification: Schema.Schema<GuardianWarningNotification> = exported("GuardianWarningNotification", $GuardianWarningNotification)

/**
 * The `HookEventName` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type HookEventName = "preModelRequest" | "postModelRequest" | "preToolUse" | "permissionRequest" | "postToolUse" | "preCompact" | "postCompact" | "sessionStart" | "sessionEnd" | "userPromptSubmit" | "subagentStart" | "subagentStop" | "stop" | "interrupt" | (string & {})
const $HookEventName = lazy("HookEventName", (): Schema.Schema<HookEventName> => Schema.Union(Schema.Literal("preModelRequest", "postModelRequest", "preToolUse", "permissionRequest", "postToolUse", "preCompact", "postCompact", "sessionStart", "sessionEnd", "userPromptSubmit", "subagentStart", "subagentStop", "stop", "interrupt"), Schema.String))
/**
 * The schema of {@link HookEventName}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const HookEventName: Schema.Schema<HookEventName> = exported("HookEventName", $HookEventName)

/**
 * The `HookExecutionMode` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type HookExecutionMode = "sync" | "async" | (string & {})
const $HookExecutionMode = lazy("HookExecutionMode", (): Schema.Schema<HookExecutionMode> => Schema.Union(Schema.Literal("sync", "async"), Schema.String))
/**
 * The schema of {@link HookExecutionMode}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const HookExecutionMode: Schema.Schema<HookExecutionMode> = exported("HookExecutionMode", $HookExecutionMode)

/**
 * The `HookHandlerType` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type HookHandlerType = "command" | "mcpTool" | "prompt" | "agent" | (string & {})
const $HookHandlerType = lazy("HookHandlerType", (): Schema.Schema<HookHandlerType> => Schema.Union(Schema.Literal("command", "mcpTool", "prompt", "agent"), Schema.String))
/**
 * The schema of {@link HookHandlerType}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const HookHandlerType: Schema.Schema<HookHandlerType> = exported("HookHandlerType", $HookHandlerType)

/**
 * The `HookOutputEntryKind` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type HookOutputEntryKind = "warning" | "stop" | "feedback" | "context" | "error" | (string & {})
const $HookOutputEntryKind = lazy("HookOutputEntryKind", (): Schema.Schema<HookOutputEntryKind> => Schema.Union(Schema.Literal("warning", "stop", "feedback", "context", "error"), Schema.String))
/**
 * The schema of {@link HookOutputEntryKind}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const HookOutputEntryKind: Schema.Schema<HookOutputEntryKind> = exported("HookOutputEntryKind", $HookOutputEntryKind)

/**
 * The `HookOutputEntry` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface HookOutputEntry {
  readonly kind: HookOutputEntryKind
  readonly text: string
}
const $HookOutputEntry = lazy("HookOutputEntry", (): Schema.Schema<HookOutputEntry> => Schema.Struct({
  kind: $HookOutputEntryKind(),
  text: Schema.String
}))
/**
 * The schema of {@link HookOutputEntry}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const HookOutputEntry: Schema.Schema<HookOutputEntry> = exported("HookOutputEntry", $HookOutputEntry)

/**
 * The `HookRunStatus` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type HookRunStatus = "running" | "completed" | "failed" | "blocked" | "stopped" | (string & {})
const $HookRunStatus = lazy("HookRunStatus", (): Schema.Schema<HookRunStatus> => Schema.Union(Schema.Literal("running", "completed", "failed", "blocked", "stopped"), Schema.String))
/**
 * The schema of {@link HookRunStatus}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const HookRunStatus: Schema.Schema<HookRunStatus> = exported("HookRunStatus", $HookRunStatus)

/**
 * The `HookScope` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type HookScope = "thread" | "turn" | (string & {})
const $HookScope = lazy("HookScope", (): Schema.Schema<HookScope> => Schema.Union(Schema.Literal("thread", "turn"), Schema.String))
/**
 * The schema of {@link HookScope}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const HookScope: Schema.Schema<HookScope> = exported("HookScope", $HookScope)

/**
 * The `HookSource` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type HookSource = "system" | "user" | "project" | "mdm" | "sessionFlags" | "plugin" | "cloudRequirements" | "cloudManagedConfig" | "legacyManagedConfigFile" | "legacyManagedConfigMdm" | "unknown" | (string & {})
const $HookSource = lazy("HookSource", (): Schema.Schema<HookSource> => Schema.Union(Schema.Literal("system", "user", "project", "mdm", "sessionFlags", "plugin", "cloudRequirements", "cloudManagedConfig", "legacyManagedConfigFile", "legacyManagedConfigMdm", "unknown"), Schema.String))
/**
 * The schema of {@link HookSource}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const HookSource: Schema.Schema<HookSource> = exported("HookSource", $HookSource)

/**
 * The `HookRunSummary` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface HookRunSummary {
  readonly completedAt?: number | null
  readonly displayOrder: number
  readonly durationMs?: number | null
  readonly entries: ReadonlyArray<HookOutputEntry>
  readonly eventName: HookEventName
  readonly executionMode: HookExecutionMode
  readonly handlerType: HookHandlerType
  readonly id: string
  readonly scope: HookScope
  readonly source?: HookSource
  readonly sourcePath: LegacyAppPathString
  readonly startedAt: number
  readonly status: HookRunStatus
  readonly statusMessage?: string | null
}
const $HookRunSummary = lazy("HookRunSummary", (): Schema.Schema<HookRunSummary> => Schema.Struct({
  completedAt: optional(Schema.NullOr(Schema.Number)),
  displayOrder: Schema.Number,
  durationMs: optional(Schema.NullOr(Schema.Number)),
  entries: Schema.Array($HookOutputEntry()),
  eventName: $HookEventName(),
  executionMode: $HookExecutionMode(),
  handlerType: $HookHandlerType(),
  id: Schema.String,
  scope: $HookScope(),
  source: optional($HookSource()),
  sourcePath: $LegacyAppPathString(),
  startedAt: Schema.Number,
  status: $HookRunStatus(),
  statusMessage: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link HookRunSummary}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const HookRunSummary: Schema.Schema<HookRunSummary> = exported("HookRunSummary", $HookRunSummary)

/**
 * The `HookCompletedNotification` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface HookCompletedNotification {
  readonly run: HookRunSummary
  readonly threadId: string
  readonly turnId?: string | null
}
const $HookCompletedNotification = lazy("HookCompletedNotification", (): Schema.Schema<HookCompletedNotification> => Schema.Struct({
  run: $HookRunSummary(),
  threadId: Schema.String,
  turnId: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link HookCompletedNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const HookCompletedNotification: Schema.Schema<HookCompletedNotification> = exported("HookCompletedNotification", $HookCompletedNotification)

/**
 * The `HookErrorInfo` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface HookErrorInfo {
  readonly message: string
  readonly path: string
}
const $HookErrorInfo = lazy("HookErrorInfo", (): Schema.Schema<HookErrorInfo> => Schema.Struct({
  message: Schema.String,
  path: Schema.String
}))
/**
 * The schema of {@link HookErrorInfo}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const HookErrorInfo: Schema.Schema<HookErrorInfo> = exported("HookErrorInfo", $HookErrorInfo)

/**
 * The `HookTrustStatus` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type HookTrustStatus = "managed" | "untrusted" | "trusted" | "modified" | (string & {})
const $HookTrustStatus = lazy("HookTrustStatus", (): Schema.Schema<HookTrustStatus> => Schema.Union(Schema.Literal("managed", "untrusted", "trusted", "modified"), Schema.String))
/**
 * The schema of {@link HookTrustStatus}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const HookTrustStatus: Schema.Schema<HookTrustStatus> = exported("HookTrustStatus", $HookTrustStatus)

/**
 * The `HookMetadata` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type HookMetadata = {
  /**
   * Configured `additionalContext` spill threshold. `null` uses 2,500 tokens; `0` disables spilling.
   */
  readonly additionalContextLimit?: number | null
  readonly async?: boolean
  readonly command: string
  readonly currentHash: string
  readonly displayOrder: number
  readonly enabled: boolean
  /**
   * The owning execution environment, if this hook came from its requirements.
   */
  readonly environmentId?: string | null
  readonly eventName: HookEventName
  readonly handlerType: "command"
  readonly isManaged: boolean
  readonly key: string
  readonly matcher?: string | null
  readonly pluginId?: string | null
  readonly source: HookSource
  readonly sourcePath: AbsolutePathBuf
  readonly statusMessage?: string | null
  readonly timeoutSec: number
  readonly trustStatus: HookTrustStatus
} | {
  /**
   * Configured `additionalContext` spill threshold. `null` uses 2,500 tokens; `0` disables spilling.
   */
  readonly additionalContextLimit?: number | null
  readonly currentHash: string
  readonly displayOrder: number
  readonly enabled: boolean
  /**
   * The owning execution environment, if this hook came from its requirements.
   */
  readonly environmentId?: string | null
  readonly eventName: HookEventName
  readonly handlerType: "mcpTool"
  readonly isManaged: boolean
  readonly key: string
  readonly matcher?: string | null
  readonly pluginId?: string | null
  readonly server: string
  readonly source: HookSource
  readonly sourcePath: AbsolutePathBuf
  readonly statusMessage?: string | null
  readonly timeoutSec: number
  readonly tool: string
  readonly trustStatus: HookTrustStatus
} | {
  /**
   * Configured `additionalContext` spill threshold. `null` uses 2,500 tokens; `0` disables spilling.
   */
  readonly additionalContextLimit?: number | null
  readonly currentHash: string
  readonly displayOrder: number
  readonly enabled: boolean
  /**
   * The owning execution environment, if this hook came from its requirements.
   */
  readonly environmentId?: string | null
  readonly eventName: HookEventName
  readonly handlerType: "prompt"
  readonly isManaged: boolean
  readonly key: string
  readonly matcher?: string | null
  readonly pluginId?: string | null
  readonly source: HookSource
  readonly sourcePath: AbsolutePathBuf
  readonly statusMessage?: string | null
  readonly timeoutSec: number
  readonly trustStatus: HookTrustStatus
} | {
  /**
   * Configured `additionalContext` spill threshold. `null` uses 2,500 tokens; `0` disables spilling.
   */
  readonly additionalContextLimit?: number | null
  readonly currentHash: string
  readonly displayOrder: number
  readonly enabled: boolean
  /**
   * The owning execution environment, if this hook came from its requirements.
   */
  readonly environmentId?: string | null
  readonly eventName: HookEventName
  readonly handlerType: "agent"
  readonly isManaged: boolean
  readonly key: string
  readonly matcher?: string | null
  readonly pluginId?: string | null
  readonly source: HookSource
  readonly sourcePath: AbsolutePathBuf
  readonly statusMessage?: string | null
  readonly timeoutSec: number
  readonly trustStatus: HookTrustStatus
}
const $HookMetadata = lazy("HookMetadata", (): Schema.Schema<HookMetadata> => Schema.Union(Schema.Struct({
  additionalContextLimit: optional(Schema.NullOr(Schema.Number)),
  async: optional(Schema.Boolean),
  command: Schema.String,
  currentHash: Schema.String,
  displayOrder: Schema.Number,
  enabled: Schema.Boolean,
  environmentId: optional(Schema.NullOr(Schema.String)),
  eventName: $HookEventName(),
  handlerType: Schema.Literal("command"),
  isManaged: Schema.Boolean,
  key: Schema.String,
  matcher: optional(Schema.NullOr(Schema.String)),
  pluginId: optional(Schema.NullOr(Schema.String)),
  source: $HookSource(),
  sourcePath: $AbsolutePathBuf(),
  statusMessage: optional(Schema.NullOr(Schema.String)),
  timeoutSec: Schema.Number,
  trustStatus: $HookTrustStatus()
}), Schema.Struct({
  additionalContextLimit: optional(Schema.NullOr(Schema.Number)),
  currentHash: Schema.String,
  displayOrder: Schema.Number,
  enabled: Schema.Boolean,
  environmentId: optional(Schema.NullOr(Schema.String)),
  eventName: $HookEventName(),
  handlerType: Schema.Literal("mcpTool"),
  isManaged: Schema.Boolean,
  key: Schema.String,
  matcher: optional(Schema.NullOr(Schema.String)),
  pluginId: optional(Schema.NullOr(Schema.String)),
  server: Schema.String,
  source: $HookSource(),
  sourcePath: $AbsolutePathBuf(),
  statusMessage: optional(Schema.NullOr(Schema.String)),
  timeoutSec: Schema.Number,
  tool: Schema.String,
  trustStatus: $HookTrustStatus()
}), Schema.Struct({
  additionalContextLimit: optional(Schema.NullOr(Schema.Number)),
  currentHash: Schema.String,
  displayOrder: Schema.Number,
  enabled: Schema.Boolean,
  environmentId: optional(Schema.NullOr(Schema.String)),
  eventName: $HookEventName(),
  handlerType: Schema.Literal("prompt"),
  isManaged: Schema.Boolean,
  key: Schema.String,
  matcher: optional(Schema.NullOr(Schema.String)),
  pluginId: optional(Schema.NullOr(Schema.String)),
  source: $HookSource(),
  sourcePath: $AbsolutePathBuf(),
  statusMessage: optional(Schema.NullOr(Schema.String)),
  timeoutSec: Schema.Number,
  trustStatus: $HookTrustStatus()
}), Schema.Struct({
  additionalContextLimit: optional(Schema.NullOr(Schema.Number)),
  currentHash: Schema.String,
  displayOrder: Schema.Number,
  enabled: Schema.Boolean,
  environmentId: optional(Schema.NullOr(Schema.String)),
  eventName: $HookEventName(),
  handlerType: Schema.Literal("agent"),
  isManaged: Schema.Boolean,
  key: Schema.String,
  matcher: optional(Schema.NullOr(Schema.String)),
  pluginId: optional(Schema.NullOr(Schema.String)),
  source: $HookSource(),
  sourcePath: $AbsolutePathBuf(),
  statusMessage: optional(Schema.NullOr(Schema.String)),
  timeoutSec: Schema.Number,
  trustStatus: $HookTrustStatus()
})))
/**
 * The schema of {@link HookMetadata}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const HookMetadata: Schema.Schema<HookMetadata> = exported("HookMetadata", $HookMetadata)

/**
 * The `HookPromptFragment` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface HookPromptFragment {
  readonly hookRunId: string
  readonly text: string
}
const $HookPromptFragment = lazy("HookPromptFragment", (): Schema.Schema<HookPromptFragment> => Schema.Struct({
  hookRunId: Schema.String,
  text: Schema.String
}))
/**
 * The schema of {@link HookPromptFragment}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const HookPromptFragment: Schema.Schema<HookPromptFragment> = exported("HookPromptFragment", $HookPromptFragment)

/**
 * The `HookStartedNotification` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface HookStartedNotification {
  readonly run: HookRunSummary
  readonly threadId: string
  readonly turnId?: string | null
}
const $HookStartedNotification = lazy("HookStartedNotification", (): Schema.Schema<HookStartedNotification> => Schema.Struct({
  run: $HookRunSummary(),
  threadId: Schema.String,
  turnId: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link HookStartedNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const HookStartedNotification: Schema.Schema<HookStartedNotification> = exported("HookStartedNotification", $HookStartedNotification)

/**
 * The `HooksListEntry` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface HooksListEntry {
  readonly cwd: string
  readonly errors: ReadonlyArray<HookErrorInfo>
  readonly hooks: ReadonlyArray<HookMetadata>
  readonly warnings: ReadonlyArray<string>
}
const $HooksListEntry = lazy("HooksListEntry", (): Schema.Schema<HooksListEntry> => Schema.Struct({
  cwd: Schema.String,
  errors: Schema.Array($HookErrorInfo()),
  hooks: Schema.Array($HookMetadata()),
  warnings: Schema.Array(Schema.String)
}))
/**
 * The schema of {@link HooksListEntry}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const HooksListEntry: Schema.Schema<HooksListEntry> = exported("HooksListEntry", $HooksListEntry)

/**
 * The `HooksListResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface HooksListResponse {
  readonly data: ReadonlyArray<HooksListEntry>
}
const $HooksListResponse = lazy("HooksListResponse", (): Schema.Schema<HooksListResponse> => Schema.Struct({
  data: Schema.Array($HooksListEntry())
}))
/**
 * The schema of {@link HooksListResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const HooksListResponse: Schema.Schema<HooksListResponse> = exported("HooksListResponse", $HooksListResponse)

/**
 * The `ImageGenerationFailure` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ImageGenerationFailure = {
  readonly limitId: string
  readonly resetsAt?: number | null
  readonly type: "usageLimitExceeded"
}
const $ImageGenerationFailure = lazy("ImageGenerationFailure", (): Schema.Schema<ImageGenerationFailure> => Schema.Struct({
  limitId: Schema.String,
  resetsAt: optional(Schema.NullOr(Schema.Number)),
  type: Schema.Literal("usageLimitExceeded")
}))
/**
 * The schema of {@link ImageGenerationFailure}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ImageGenerationFailure: Schema.Schema<ImageGenerationFailure> = exported("ImageGenerationFailure", $ImageGenerationFailure)

/**
 * A local image file successfully read for this exact image-generation request.
 *
 * @since 0.1.0
 * @category models
 */
export interface ImageGenerationInputImage {
  readonly path: AbsolutePathBuf
  /**
   * Lowercase SHA-256 of the file bytes read before image normalization.
   */
  readonly sha256: string
}
const $ImageGenerationInputImage = lazy("ImageGenerationInputImage", (): Schema.Schema<ImageGenerationInputImage> => Schema.Struct({
  path: $AbsolutePathBuf(),
  sha256: Schema.String
}))
/**
 * The schema of {@link ImageGenerationInputImage}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ImageGenerationInputImage: Schema.Schema<ImageGenerationInputImage> = exported("ImageGenerationInputImage", $ImageGenerationInputImage)

/**
 * The `InitializeResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface InitializeResponse {
  /**
   * Absolute path to the server's $CODEX_HOME directory.
   */
  readonly codexHome: AbsolutePathBuf
  /**
   * Platform family for the running app-server target, for example `"unix"` or `"windows"`.
   */
  readonly platformFamily: string
  /**
   * Operating system for the running app-server target, for example `"macos"`, `"linux"`, or `"windows"`.
   */
  readonly platformOs: string
  readonly userAgent: string
}
const $InitializeResponse = lazy("InitializeResponse", (): Schema.Schema<InitializeResponse> => Schema.Struct({
  codexHome: $AbsolutePathBuf(),
  platformFamily: Schema.String,
  platformOs: Schema.String,
  userAgent: Schema.String
}))
/**
 * The schema of {@link InitializeResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const InitializeResponse: Schema.Schema<InitializeResponse> = exported("InitializeResponse", $InitializeResponse)

/**
 * Canonical user-input modality tags advertised by a model.
 *
 * @since 0.1.0
 * @category models
 */
export type InputModality = "text" | "image" | "audio"
const $InputModality = lazy("InputModality", (): Schema.Schema<InputModality> => Schema.Union(Schema.Literal("text"), Schema.Literal("image"), Schema.Literal("audio")))
/**
 * The schema of {@link InputModality}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const InputModality: Schema.Schema<InputModality> = exported("InputModality", $InputModality)

/**
 * The `McpAppDisplayMode` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type McpAppDisplayMode = "inline" | "fullscreen" | (string & {})
const $McpAppDisplayMode = lazy("McpAppDisplayMode", (): Schema.Schema<McpAppDisplayMode> => Schema.Union(Schema.Literal("inline", "fullscreen"), Schema.String))
/**
 * The schema of {@link McpAppDisplayMode}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpAppDisplayMode: Schema.Schema<McpAppDisplayMode> = exported("McpAppDisplayMode", $McpAppDisplayMode)

/**
 * UI resource and display preference for model invocations, captured from the tool descriptor.
 *
 * @since 0.1.0
 * @category models
 */
export interface McpAppUi {
  readonly preferredModelDisplayMode: McpAppDisplayMode
  readonly resourceUri: string
}
const $McpAppUi = lazy("McpAppUi", (): Schema.Schema<McpAppUi> => Schema.Struct({
  preferredModelDisplayMode: $McpAppDisplayMode(),
  resourceUri: Schema.String
}))
/**
 * The schema of {@link McpAppUi}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpAppUi: Schema.Schema<McpAppUi> = exported("McpAppUi", $McpAppUi)

/**
 * The `McpToolCallAppContext` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface McpToolCallAppContext {
  readonly actionName?: string | null
  readonly appName?: string | null
  readonly connectorId: string
  readonly linkId?: string | null
  readonly resourceUri?: string | null
}
const $McpToolCallAppContext = lazy("McpToolCallAppContext", (): Schema.Schema<McpToolCallAppContext> => Schema.Struct({
  actionName: optional(Schema.NullOr(Schema.String)),
  appName: optional(Schema.NullOr(Schema.String)),
  connectorId: Schema.String,
  linkId: optional(Schema.NullOr(Schema.String)),
  resourceUri: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link McpToolCallAppContext}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpToolCallAppContext: Schema.Schema<McpToolCallAppContext> = exported("McpToolCallAppContext", $McpToolCallAppContext)

/**
 * The `McpToolCallError` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface McpToolCallError {
  readonly message: string
}
const $McpToolCallError = lazy("McpToolCallError", (): Schema.Schema<McpToolCallError> => Schema.Struct({
  message: Schema.String
}))
/**
 * The schema of {@link McpToolCallError}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpToolCallError: Schema.Schema<McpToolCallError> = exported("McpToolCallError", $McpToolCallError)

/**
 * The `McpToolCallResult` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface McpToolCallResult {
  readonly _meta?: unknown
  readonly content: ReadonlyArray<unknown>
  readonly structuredContent?: unknown
}
const $McpToolCallResult = lazy("McpToolCallResult", (): Schema.Schema<McpToolCallResult> => Schema.Struct({
  _meta: optional(Schema.Unknown),
  content: Schema.Array(Schema.Unknown),
  structuredContent: optional(Schema.Unknown)
}))
/**
 * The schema of {@link McpToolCallResult}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpToolCallResult: Schema.Schema<McpToolCallResult> = exported("McpToolCallResult", $McpToolCallResult)

/**
 * The `McpToolCallStatus` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type McpToolCallStatus = "inProgress" | "completed" | "failed" | (string & {})
const $McpToolCallStatus = lazy("McpToolCallStatus", (): Schema.Schema<McpToolCallStatus> => Schema.Union(Schema.Literal("inProgress", "completed", "failed"), Schema.String))
/**
 * The schema of {@link McpToolCallStatus}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpToolCallStatus: Schema.Schema<McpToolCallStatus> = exported("McpToolCallStatus", $McpToolCallStatus)

/**
 * The `MemoryCitationEntry` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface MemoryCitationEntry {
  readonly lineEnd: number
  readonly lineStart: number
  readonly note: string
  readonly path: string
}
const $MemoryCitationEntry = lazy("MemoryCitationEntry", (): Schema.Schema<MemoryCitationEntry> => Schema.Struct({
  lineEnd: Schema.Int,
  lineStart: Schema.Int,
  note: Schema.String,
  path: Schema.String
}))
/**
 * The schema of {@link MemoryCitationEntry}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const MemoryCitationEntry: Schema.Schema<MemoryCitationEntry> = exported("MemoryCitationEntry", $MemoryCitationEntry)

/**
 * The `MemoryCitation` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface MemoryCitation {
  readonly entries: ReadonlyArray<MemoryCitationEntry>
  readonly threadIds: ReadonlyArray<string>
}
const $MemoryCitation = lazy("MemoryCitation", (): Schema.Schema<MemoryCitation> => Schema.Struct({
  entries: Schema.Array($MemoryCitationEntry()),
  threadIds: Schema.Array(Schema.String)
}))
/**
 * The schema of {@link MemoryCitation}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const MemoryCitation: Schema.Schema<MemoryCitation> = exported("MemoryCitation", $MemoryCitation)

/**
 * The `PatchApplyStatus` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type PatchApplyStatus = "inProgress" | "completed" | "failed" | "declined" | (string & {})
const $PatchApplyStatus = lazy("PatchApplyStatus", (): Schema.Schema<PatchApplyStatus> => Schema.Union(Schema.Literal("inProgress", "completed", "failed", "declined"), Schema.String))
/**
 * The schema of {@link PatchApplyStatus}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PatchApplyStatus: Schema.Schema<PatchApplyStatus> = exported("PatchApplyStatus", $PatchApplyStatus)

/**
 * The `SubAgentActivityKind` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type SubAgentActivityKind = "started" | "interacted" | "interrupted" | "completed" | (string & {})
const $SubAgentActivityKind = lazy("SubAgentActivityKind", (): Schema.Schema<SubAgentActivityKind> => Schema.Union(Schema.Literal("started", "interacted", "interrupted", "completed"), Schema.String))
/**
 * The schema of {@link SubAgentActivityKind}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SubAgentActivityKind: Schema.Schema<SubAgentActivityKind> = exported("SubAgentActivityKind", $SubAgentActivityKind)

/**
 * The `WebSearchAction` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type WebSearchAction = {
  readonly queries?: ReadonlyArray<string> | null
  readonly query?: string | null
  readonly type: "search"
} | {
  readonly type: "openPage"
  readonly url?: string | null
} | {
  readonly pattern?: string | null
  readonly type: "findInPage"
  readonly url?: string | null
} | {
  readonly type: "other"
}
const $WebSearchAction = lazy("WebSearchAction", (): Schema.Schema<WebSearchAction> => Schema.Union(Schema.Struct({
  queries: optional(Schema.NullOr(Schema.Array(Schema.String))),
  query: optional(Schema.NullOr(Schema.String)),
  type: Schema.Literal("search")
}), Schema.Struct({
  type: Schema.Literal("openPage"),
  url: optional(Schema.NullOr(Schema.String))
}), Schema.Struct({
  pattern: optional(Schema.NullOr(Schema.String)),
  type: Schema.Literal("findInPage"),
  url: optional(Schema.NullOr(Schema.String))
}), Schema.Struct({
  type: Schema.Literal("other")
})))
/**
 * The schema of {@link WebSearchAction}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WebSearchAction: Schema.Schema<WebSearchAction> = exported("WebSearchAction", $WebSearchAction)

/**
 * A thread item and its recorded lifecycle times. The payload stays flat on the wire.
 *
 * @since 0.1.0
 * @category models
 */
export type ThreadItem = {
  readonly clientId?: string | null
  /**
   * Unix timestamp in milliseconds when the item completed, if recorded.
   */
  readonly completedAtMs?: number | null
  readonly content: ReadonlyArray<UserInput>
  readonly id: string
  /**
   * Unix timestamp in milliseconds when the item started, if recorded.
   */
  readonly startedAtMs?: number | null
  readonly type: "userMessage"
} | {
  /**
   * Unix timestamp in milliseconds when the item completed, if recorded.
   */
  readonly completedAtMs?: number | null
  readonly fragments: ReadonlyArray<HookPromptFragment>
  readonly id: string
  /**
   * Unix timestamp in milliseconds when the item started, if recorded.
   */
  readonly startedAtMs?: number | null
  readonly type: "hookPrompt"
} | {
  /**
   * Unix timestamp in milliseconds when the item completed, if recorded.
   */
  readonly completedAtMs?: number | null
  readonly delivery?: AgentMessageDelivery | null
  readonly id: string
  readonly memoryCitation?: MemoryCitation | null
  readonly moderation?: AgentMessageModeration | null
  readonly phase?: MessagePhase | null
  readonly questions?: ReadonlyArray<AsyncUserInputQuestion> | null
  /**
   * Unix timestamp in milliseconds when the item started, if recorded.
   */
  readonly startedAtMs?: number | null
  readonly text: string
  readonly type: "agentMessage"
} | {
  /**
   * Unix timestamp in milliseconds when the item completed, if recorded.
   */
  readonly completedAtMs?: number | null
  readonly id: string
  readonly name: string
  readonly namespace?: string | null
  readonly output: FunctionCallOutputBody
  /**
   * Unix timestamp in milliseconds when the item started, if recorded.
   */
  readonly startedAtMs?: number | null
  readonly type: "functionCallOutput"
} | {
  /**
   * Unix timestamp in milliseconds when the item completed, if recorded.
   */
  readonly completedAtMs?: number | null
  readonly id: string
  /**
   * Unix timestamp in milliseconds when the item started, if recorded.
   */
  readonly startedAtMs?: number | null
  readonly text: string
  readonly type: "plan"
} | {
  /**
   * Unix timestamp in milliseconds when the item completed, if recorded.
   */
  readonly completedAtMs?: number | null
  readonly content?: ReadonlyArray<string>
  readonly id: string
  /**
   * Unix timestamp in milliseconds when the item started, if recorded.
   */
  readonly startedAtMs?: number | null
  readonly summary?: ReadonlyArray<string>
  readonly type: "reasoning"
} | {
  /**
   * The command's output, aggregated from stdout and stderr.
   */
  readonly aggregatedOutput?: string | null
  /**
   * The command to be executed.
   */
  readonly command: string
  /**
   * A best-effort parsing of the command to understand the action(s) it will perform. This returns a list of CommandAction objects because a single shell command may be composed of many commands piped together.
   */
  readonly commandActions: ReadonlyArray<CommandAction>
  /**
   * Unix timestamp in milliseconds when the item completed, if recorded.
   */
  readonly completedAtMs?: number | null
  /**
   * The command's working directory.
   */
  readonly cwd: LegacyAppPathString
  /**
   * The duration of the command execution in milliseconds.
   */
  readonly durationMs?: number | null
  /**
   * The command's exit code.
   */
  readonly exitCode?: number | null
  readonly id: string
  /**
   * Trusted first-party plugin id when this command resolves to one plugin script.
   */
  readonly pluginId?: string | null
  /**
   * Identifier for the underlying PTY process (when available).
   */
  readonly processId?: string | null
  /**
   * Safe plugin-relative path when this command resolves to one plugin script.
   */
  readonly scriptPath?: string | null
  readonly source?: CommandExecutionSource
  /**
   * Unix timestamp in milliseconds when the item started, if recorded.
   */
  readonly startedAtMs?: number | null
  readonly status: CommandExecutionStatus
  readonly type: "commandExecution"
} | {
  readonly changes: ReadonlyArray<FileUpdateChange>
  /**
   * Unix timestamp in milliseconds when the item completed, if recorded.
   */
  readonly completedAtMs?: number | null
  readonly id: string
  /**
   * Unix timestamp in milliseconds when the item started, if recorded.
   */
  readonly startedAtMs?: number | null
  readonly status: PatchApplyStatus
  readonly type: "fileChange"
} | {
  readonly appContext?: McpToolCallAppContext | null
  readonly arguments: unknown
  /**
   * Unix timestamp in milliseconds when the item completed, if recorded.
   */
  readonly completedAtMs?: number | null
  /**
   * The duration of the MCP tool call in milliseconds.
   */
  readonly durationMs?: number | null
  /**
   * Registration scope, not necessarily the server's execution environment.
   */
  readonly environmentId?: string | null
  readonly error?: McpToolCallError | null
  readonly id: string
  /**
   * Legacy compatibility field; prefer `mcpAppUi.resourceUri` when available.
   */
  readonly mcpAppResourceUri?: string | null
  /**
   * Presentation captured from the invoked descriptor; absent in older history.
   */
  readonly mcpAppUi?: McpAppUi | null
  readonly pluginId?: string | null
  readonly readOnlyHint?: boolean | null
  readonly result?: McpToolCallResult | null
  readonly server: string
  /**
   * Unix timestamp in milliseconds when the item started, if recorded.
   */
  readonly startedAtMs?: number | null
  readonly status: McpToolCallStatus
  readonly tool: string
  readonly type: "mcpToolCall"
} | {
  readonly arguments: unknown
  /**
   * Unix timestamp in milliseconds when the item completed, if recorded.
   */
  readonly completedAtMs?: number | null
  readonly contentItems?: ReadonlyArray<DynamicToolCallOutputContentItem> | null
  /**
   * The duration of the dynamic tool call in milliseconds.
   */
  readonly durationMs?: number | null
  readonly id: string
  readonly namespace?: string | null
  /**
   * Unix timestamp in milliseconds when the item started, if recorded.
   */
  readonly startedAtMs?: number | null
  readonly status: DynamicToolCallStatus
  readonly success?: boolean | null
  readonly tool: string
  readonly type: "dynamicToolCall"
} | {
  /**
   * Last known status of the target agents, when available.
   */
  readonly agentsStates: { readonly [key: string]: CollabAgentState }
  /**
   * Unix timestamp in milliseconds when the item completed, if recorded.
   */
  readonly completedAtMs?: number | null
  /**
   * Unique identifier for this collab tool call.
   */
  readonly id: string
  /**
   * Model requested for the spawned agent, when applicable.
   */
  readonly model?: string | null
  /**
   * Prompt text sent as part of the collab tool call, when available.
   */
  readonly prompt?: string | null
  /**
   * Reasoning effort requested for the spawned agent, when applicable.
   */
  readonly reasoningEffort?: ReasoningEffort | null
  /**
   * Thread ID of the receiving agent, when applicable. In case of spawn operation, this corresponds to the newly spawned agent.
   */
  readonly receiverThreadIds: ReadonlyArray<string>
  /**
   * Thread ID of the agent issuing the collab request.
   */
  readonly senderThreadId: string
  /**
   * Unix timestamp in milliseconds when the item started, if recorded.
   */
  readonly startedAtMs?: number | null
  /**
   * Current status of the collab tool call.
   */
  readonly status: CollabAgentToolCallStatus
  /**
   * Name of the collab tool that was invoked.
   */
  readonly tool: CollabAgentTool
  readonly type: "collabAgentToolCall"
} | {
  readonly agentPath: string
  readonly agentThreadId: string
  /**
   * Unix timestamp in milliseconds when the item completed, if recorded.
   */
  readonly completedAtMs?: number | null
  readonly id: string
  readonly kind: SubAgentActivityKind
  /**
   * Resolved model at sub-agent creation; absent from older records and other activities.
   */
  readonly model?: string | null
  /**
   * Resolved reasoning effort at sub-agent creation, when known.
   */
  readonly reasoningEffort?: ReasoningEffort | null
  /**
   * Unix timestamp in milliseconds when the item started, if recorded.
   */
  readonly startedAtMs?: number | null
  readonly type: "subAgentActivity"
} | {
  readonly action?: WebSearchAction | null
  /**
   * Unix timestamp in milliseconds when the item completed, if recorded.
   */
  readonly completedAtMs?: number | null
  readonly id: string
  readonly query: string
  /**
   * Structured search results returned out-of-band by standalone web search.
   *
   * These stay as opaque JSON at the extension/app-server boundary so new result fields and result types can pass through without a Codex release.
   */
  readonly results?: ReadonlyArray<unknown> | null
  /**
   * Unix timestamp in milliseconds when the item started, if recorded.
   */
  readonly startedAtMs?: number | null
  readonly type: "webSearch"
} | {
  /**
   * Unix timestamp in milliseconds when the item completed, if recorded.
   */
  readonly completedAtMs?: number | null
  readonly id: string
  readonly path: LegacyAppPathString
  /**
   * Unix timestamp in milliseconds when the item started, if recorded.
   */
  readonly startedAtMs?: number | null
  readonly type: "imageView"
} | {
  /**
   * Unix timestamp in milliseconds when the item completed, if recorded.
   */
  readonly completedAtMs?: number | null
  readonly durationMs: number
  readonly id: string
  /**
   * Unix timestamp in milliseconds when the item started, if recorded.
   */
  readonly startedAtMs?: number | null
  readonly type: "sleep"
} | {
  /**
   * Unix timestamp in milliseconds when the item completed, if recorded.
   */
  readonly completedAtMs?: number | null
  readonly failure?: ImageGenerationFailure | null
  /**
   * Image generation identifier for the generated image, when provided by the image backend.
   */
  readonly generationId?: string | null
  readonly id: string
  /**
   * Observed local inputs for a completed generation, absent on older items.
   */
  readonly inputImages?: ReadonlyArray<ImageGenerationInputImage>
  readonly revisedPrompt?: string | null
  readonly savedPath?: AbsolutePathBuf | null
  /**
   * Unix timestamp in milliseconds when the item started, if recorded.
   */
  readonly startedAtMs?: number | null
  readonly status: string
  readonly transparentBackground?: boolean | null
  readonly type: "imageGeneration"
} | {
  /**
   * Unix timestamp in milliseconds when the item completed, if recorded.
   */
  readonly completedAtMs?: number | null
  readonly id: string
  readonly review: string
  /**
   * Unix timestamp in milliseconds when the item started, if recorded.
   */
  readonly startedAtMs?: number | null
  readonly type: "enteredReviewMode"
} | {
  /**
   * Unix timestamp in milliseconds when the item completed, if recorded.
   */
  readonly completedAtMs?: number | null
  readonly id: string
  readonly review: string
  /**
   * Unix timestamp in milliseconds when the item started, if recorded.
   */
  readonly startedAtMs?: number | null
  readonly type: "exitedReviewMode"
} | {
  /**
   * Unix timestamp in milliseconds when the item completed, if recorded.
   */
  readonly completedAtMs?: number | null
  readonly id: string
  /**
   * Unix timestamp in milliseconds when the item started, if recorded.
   */
  readonly startedAtMs?: number | null
  readonly type: "contextCompaction"
}
const $ThreadItem = lazy("ThreadItem", (): Schema.Schema<ThreadItem> => Schema.Union(Schema.Struct({
  clientId: optional(Schema.NullOr(Schema.String)),
  completedAtMs: optional(Schema.NullOr(Schema.Number)),
  content: Schema.Array($UserInput()),
  id: Schema.String,
  startedAtMs: optional(Schema.NullOr(Schema.Number)),
  type: Schema.Literal("userMessage")
}), Schema.Struct({
  completedAtMs: optional(Schema.NullOr(Schema.Number)),
  fragments: Schema.Array($HookPromptFragment()),
  id: Schema.String,
  startedAtMs: optional(Schema.NullOr(Schema.Number)),
  type: Schema.Literal("hookPrompt")
}), Schema.Struct({
  completedAtMs: optional(Schema.NullOr(Schema.Number)),
  delivery: optional(Schema.NullOr($AgentMessageDelivery())),
  id: Schema.String,
  memoryCitation: optional(Schema.NullOr($MemoryCitation())),
  moderation: optional(Schema.NullOr($AgentMessageModeration())),
  phase: optional(Schema.NullOr($MessagePhase())),
  questions: optional(Schema.NullOr(Schema.Array($AsyncUserInputQuestion()))),
  startedAtMs: optional(Schema.NullOr(Schema.Number)),
  text: Schema.String,
  type: Schema.Literal("agentMessage")
}), Schema.Struct({
  completedAtMs: optional(Schema.NullOr(Schema.Number)),
  id: Schema.String,
  name: Schema.String,
  namespace: optional(Schema.NullOr(Schema.String)),
  output: $FunctionCallOutputBody(),
  startedAtMs: optional(Schema.NullOr(Schema.Number)),
  type: Schema.Literal("functionCallOutput")
}), Schema.Struct({
  completedAtMs: optional(Schema.NullOr(Schema.Number)),
  id: Schema.String,
  startedAtMs: optional(Schema.NullOr(Schema.Number)),
  text: Schema.String,
  type: Schema.Literal("plan")
}), Schema.Struct({
  completedAtMs: optional(Schema.NullOr(Schema.Number)),
  content: optional(Schema.Array(Schema.String)),
  id: Schema.String,
  startedAtMs: optional(Schema.NullOr(Schema.Number)),
  summary: optional(Schema.Array(Schema.String)),
  type: Schema.Literal("reasoning")
}), Schema.Struct({
  aggregatedOutput: optional(Schema.NullOr(Schema.String)),
  command: Schema.String,
  commandActions: Schema.Array($CommandAction()),
  completedAtMs: optional(Schema.NullOr(Schema.Number)),
  cwd: $LegacyAppPathString(),
  durationMs: optional(Schema.NullOr(Schema.Number)),
  exitCode: optional(Schema.NullOr(Schema.Int)),
  id: Schema.String,
  pluginId: optional(Schema.NullOr(Schema.String)),
  processId: optional(Schema.NullOr(Schema.String)),
  scriptPath: optional(Schema.NullOr(Schema.String)),
  source: optional($CommandExecutionSource()),
  startedAtMs: optional(Schema.NullOr(Schema.Number)),
  status: $CommandExecutionStatus(),
  type: Schema.Literal("commandExecution")
}), Schema.Struct({
  changes: Schema.Array($FileUpdateChange()),
  completedAtMs: optional(Schema.NullOr(Schema.Number)),
  id: Schema.String,
  startedAtMs: optional(Schema.NullOr(Schema.Number)),
  status: $PatchApplyStatus(),
  type: Schema.Literal("fileChange")
}), Schema.Struct({
  appContext: optional(Schema.NullOr($McpToolCallAppContext())),
  arguments: Schema.Unknown,
  completedAtMs: optional(Schema.NullOr(Schema.Number)),
  durationMs: optional(Schema.NullOr(Schema.Number)),
  environmentId: optional(Schema.NullOr(Schema.String)),
  error: optional(Schema.NullOr($McpToolCallError())),
  id: Schema.String,
  mcpAppResourceUri: optional(Schema.NullOr(Schema.String)),
  mcpAppUi: optional(Schema.NullOr($McpAppUi())),
  pluginId: optional(Schema.NullOr(Schema.String)),
  readOnlyHint: optional(Schema.NullOr(Schema.Boolean)),
  result: optional(Schema.NullOr($McpToolCallResult())),
  server: Schema.String,
  startedAtMs: optional(Schema.NullOr(Schema.Number)),
  status: $McpToolCallStatus(),
  tool: Schema.String,
  type: Schema.Literal("mcpToolCall")
}), Schema.Struct({
  arguments: Schema.Unknown,
  completedAtMs: optional(Schema.NullOr(Schema.Number)),
  contentItems: optional(Schema.NullOr(Schema.Array($DynamicToolCallOutputContentItem()))),
  durationMs: optional(Schema.NullOr(Schema.Number)),
  id: Schema.String,
  namespace: optional(Schema.NullOr(Schema.String)),
  startedAtMs: optional(Schema.NullOr(Schema.Number)),
  status: $DynamicToolCallStatus(),
  success: optional(Schema.NullOr(Schema.Boolean)),
  tool: Schema.String,
  type: Schema.Literal("dynamicToolCall")
}), Schema.Struct({
  agentsStates: Schema.Record({ key: Schema.String, value: $CollabAgentState() }),
  completedAtMs: optional(Schema.NullOr(Schema.Number)),
  id: Schema.String,
  model: optional(Schema.NullOr(Schema.String)),
  prompt: optional(Schema.NullOr(Schema.String)),
  reasoningEffort: optional(Schema.NullOr($ReasoningEffort())),
  receiverThreadIds: Schema.Array(Schema.String),
  senderThreadId: Schema.String,
  startedAtMs: optional(Schema.NullOr(Schema.Number)),
  status: $CollabAgentToolCallStatus(),
  tool: $CollabAgentTool(),
  type: Schema.Literal("collabAgentToolCall")
}), Schema.Struct({
  agentPath: Schema.String,
  agentThreadId: Schema.String,
  completedAtMs: optional(Schema.NullOr(Schema.Number)),
  id: Schema.String,
  kind: $SubAgentActivityKind(),
  model: optional(Schema.NullOr(Schema.String)),
  reasoningEffort: optional(Schema.NullOr($ReasoningEffort())),
  startedAtMs: optional(Schema.NullOr(Schema.Number)),
  type: Schema.Literal("subAgentActivity")
}), Schema.Struct({
  action: optional(Schema.NullOr($WebSearchAction())),
  completedAtMs: optional(Schema.NullOr(Schema.Number)),
  id: Schema.String,
  query: Schema.String,
  results: optional(Schema.NullOr(Schema.Array(Schema.Unknown))),
  startedAtMs: optional(Schema.NullOr(Schema.Number)),
  type: Schema.Literal("webSearch")
}), Schema.Struct({
  completedAtMs: optional(Schema.NullOr(Schema.Number)),
  id: Schema.String,
  path: $LegacyAppPathString(),
  startedAtMs: optional(Schema.NullOr(Schema.Number)),
  type: Schema.Literal("imageView")
}), Schema.Struct({
  completedAtMs: optional(Schema.NullOr(Schema.Number)),
  durationMs: Schema.Number,
  id: Schema.String,
  startedAtMs: optional(Schema.NullOr(Schema.Number)),
  type: Schema.Literal("sleep")
}), Schema.Struct({
  completedAtMs: optional(Schema.NullOr(Schema.Number)),
  failure: optional(Schema.NullOr($ImageGenerationFailure())),
  generationId: optional(Schema.NullOr(Schema.String)),
  id: Schema.String,
  inputImages: optional(Schema.Array($ImageGenerationInputImage())),
  revisedPrompt: optional(Schema.NullOr(Schema.String)),
  savedPath: optional(Schema.NullOr($AbsolutePathBuf())),
  startedAtMs: optional(Schema.NullOr(Schema.Number)),
  status: Schema.String,
  transparentBackground: optional(Schema.NullOr(Schema.Boolean)),
  type: Schema.Literal("imageGeneration")
}), Schema.Struct({
  completedAtMs: optional(Schema.NullOr(Schema.Number)),
  id: Schema.String,
  review: Schema.String,
  startedAtMs: optional(Schema.NullOr(Schema.Number)),
  type: Schema.Literal("enteredReviewMode")
}), Schema.Struct({
  completedAtMs: optional(Schema.NullOr(Schema.Number)),
  id: Schema.String,
  review: Schema.String,
  startedAtMs: optional(Schema.NullOr(Schema.Number)),
  type: Schema.Literal("exitedReviewMode")
}), Schema.Struct({
  completedAtMs: optional(Schema.NullOr(Schema.Number)),
  id: Schema.String,
  startedAtMs: optional(Schema.NullOr(Schema.Number)),
  type: Schema.Literal("contextCompaction")
})))
/**
 * The schema of {@link ThreadItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadItem: Schema.Schema<ThreadItem> = exported("ThreadItem", $ThreadItem)

/**
 * The `ItemCompletedNotification` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ItemCompletedNotification {
  /**
   * Unix timestamp (in milliseconds) when this item lifecycle completed.
   */
  readonly completedAtMs: number
  /**
   * Native content tokens for the completed assistant message, including a sampled footer. Null when unavailable. Completion telemetry is not part of the stored thread item.
   */
  readonly contentTokenCount?: number | null
  readonly item: ThreadItem
  readonly threadId: string
  readonly turnId: string
}
const $ItemCompletedNotification = lazy("ItemCompletedNotification", (): Schema.Schema<ItemCompletedNotification> => Schema.Struct({
  completedAtMs: Schema.Number,
  contentTokenCount: optional(Schema.NullOr(Schema.Number)),
  item: $ThreadItem(),
  threadId: Schema.String,
  turnId: Schema.String
}))
/**
 * The schema of {@link ItemCompletedNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ItemCompletedNotification: Schema.Schema<ItemCompletedNotification> = exported("ItemCompletedNotification", $ItemCompletedNotification)

/**
 * [UNSTABLE] Temporary notification payload for approval auto-review. This shape is expected to change soon.
 *
 * @since 0.1.0
 * @category models
 */
export interface ItemGuardianApprovalReviewCompletedNotification {
  readonly action: GuardianApprovalReviewAction
  /**
   * Unix timestamp (in milliseconds) when this review completed.
   */
  readonly completedAtMs: number
  readonly decisionSource: AutoReviewDecisionSource
  readonly review: GuardianApprovalReview
  /**
   * Stable identifier for this review.
   */
  readonly reviewId: string
  /**
   * Unix timestamp (in milliseconds) when this review started.
   */
  readonly startedAtMs: number
  /**
   * Identifier for the reviewed item or tool call when one exists.
   *
   * In most cases, one review maps to one target item. The exceptions are - execve reviews, where a single command may contain multiple execve calls to review (only possible when using the shell_zsh_fork feature) - stdin reviews, which refer to the existing parent command item and have a separate approval ID in the action payload - network policy reviews, where there is no target item
   *
   * A network call is triggered by a CommandExecution item, so having a target_item_id set to the CommandExecution item would be misleading because the review is about the network call, not the command execution. Therefore, target_item_id is set to None for network policy reviews.
   */
  readonly targetItemId?: string | null
  readonly threadId: string
  readonly turnId: string
}
const $ItemGuardianApprovalReviewCompletedNotification = lazy("ItemGuardianApprovalReviewCompletedNotification", (): Schema.Schema<ItemGuardianApprovalReviewCompletedNotification> => Schema.Struct({
  action: $GuardianApprovalReviewAction(),
  completedAtMs: Schema.Number,
  decisionSource: $AutoReviewDecisionSource(),
  review: $GuardianApprovalReview(),
  reviewId: Schema.String,
  startedAtMs: Schema.Number,
  targetItemId: optional(Schema.NullOr(Schema.String)),
  threadId: Schema.String,
  turnId: Schema.String
}))
/**
 * The schema of {@link ItemGuardianApprovalReviewCompletedNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ItemGuardianApprovalReviewCompletedNotification: Schema.Schema<ItemGuardianApprovalReviewCompletedNotification> = exported("ItemGuardianApprovalReviewCompletedNotification", $ItemGuardianApprovalReviewCompletedNotification)

/**
 * [UNSTABLE] Temporary notification payload for approval auto-review. This shape is expected to change soon.
 *
 * @since 0.1.0
 * @category models
 */
export interface ItemGuardianApprovalReviewStartedNotification {
  readonly action: GuardianApprovalReviewAction
  readonly review: GuardianApprovalReview
  /**
   * Stable identifier for this review.
   */
  readonly reviewId: string
  /**
   * Unix timestamp (in milliseconds) when this review started.
   */
  readonly startedAtMs: number
  /**
   * Identifier for the reviewed item or tool call when one exists.
   *
   * In most cases, one review maps to one target item. The exceptions are - execve reviews, where a single command may contain multiple execve calls to review (only possible when using the shell_zsh_fork feature) - stdin reviews, which refer to the existing parent command item and have a separate approval ID in the action payload - network policy reviews, where there is no target item
   *
   * A network call is triggered by a CommandExecution item, so having a target_item_id set to the CommandExecution item would be misleading because the review is about the network call, not the command execution. Therefore, target_item_id is set to None for network policy reviews.
   */
  readonly targetItemId?: string | null
  readonly threadId: string
  readonly turnId: string
}
const $ItemGuardianApprovalReviewStartedNotification = lazy("ItemGuardianApprovalReviewStartedNotification", (): Schema.Schema<ItemGuardianApprovalReviewStartedNotification> => Schema.Struct({
  action: $GuardianApprovalReviewAction(),
  review: $GuardianApprovalReview(),
  reviewId: Schema.String,
  startedAtMs: Schema.Number,
  targetItemId: optional(Schema.NullOr(Schema.String)),
  threadId: Schema.String,
  turnId: Schema.String
}))
/**
 * The schema of {@link ItemGuardianApprovalReviewStartedNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ItemGuardianApprovalReviewStartedNotification: Schema.Schema<ItemGuardianApprovalReviewStartedNotification> = exported("ItemGuardianApprovalReviewStartedNotification", $ItemGuardianApprovalReviewStartedNotification)

/**
 * The `ItemStartedNotification` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ItemStartedNotification {
  readonly item: ThreadItem
  /**
   * Unix timestamp (in milliseconds) when this item lifecycle started.
   */
  readonly startedAtMs: number
  readonly threadId: string
  readonly turnId: string
}
const $ItemStartedNotification = lazy("ItemStartedNotification", (): Schema.Schema<ItemStartedNotification> => Schema.Struct({
  item: $ThreadItem(),
  startedAtMs: Schema.Number,
  threadId: Schema.String,
  turnId: Schema.String
}))
/**
 * The schema of {@link ItemStartedNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ItemStartedNotification: Schema.Schema<ItemStartedNotification> = exported("ItemStartedNotification", $ItemStartedNotification)

/**
 * The `JSONRPCErrorError` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface JSONRPCErrorError {
  readonly code: number
  readonly data?: unknown
  readonly message: string
}
const $JSONRPCErrorError = lazy("JSONRPCErrorError", (): Schema.Schema<JSONRPCErrorError> => Schema.Struct({
  code: Schema.Number,
  data: optional(Schema.Unknown),
  message: Schema.String
}))
/**
 * The schema of {@link JSONRPCErrorError}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const JSONRPCErrorError: Schema.Schema<JSONRPCErrorError> = exported("JSONRPCErrorError", $JSONRPCErrorError)

/**
 * A response to a request that indicates an error occurred.
 *
 * @since 0.1.0
 * @category models
 */
export interface JSONRPCError {
  readonly error: JSONRPCErrorError
  readonly id: RequestId
}
const $JSONRPCError = lazy("JSONRPCError", (): Schema.Schema<JSONRPCError> => Schema.Struct({
  error: $JSONRPCErrorError(),
  id: $RequestId()
}))
/**
 * The schema of {@link JSONRPCError}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const JSONRPCError: Schema.Schema<JSONRPCError> = exported("JSONRPCError", $JSONRPCError)

/**
 * A notification which does not expect a response.
 *
 * @since 0.1.0
 * @category models
 */
export interface JSONRPCNotification {
  readonly method: string
  readonly params?: unknown
}
const $JSONRPCNotification = lazy("JSONRPCNotification", (): Schema.Schema<JSONRPCNotification> => Schema.Struct({
  method: Schema.String,
  params: optional(Schema.Unknown)
}))
/**
 * The schema of {@link JSONRPCNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const JSONRPCNotification: Schema.Schema<JSONRPCNotification> = exported("JSONRPCNotification", $JSONRPCNotification)

/**
 * The `W3cTraceContext` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface W3cTraceContext {
  readonly traceparent?: string | null
  readonly tracestate?: string | null
}
const $W3cTraceContext = lazy("W3cTraceContext", (): Schema.Schema<W3cTraceContext> => Schema.Struct({
  traceparent: optional(Schema.NullOr(Schema.String)),
  tracestate: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link W3cTraceContext}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const W3cTraceContext: Schema.Schema<W3cTraceContext> = exported("W3cTraceContext", $W3cTraceContext)

/**
 * A request that expects a response.
 *
 * @since 0.1.0
 * @category models
 */
export interface JSONRPCRequest {
  readonly id: RequestId
  readonly method: string
  readonly params?: unknown
  /**
   * Optional W3C Trace Context for distributed tracing.
   */
  readonly trace?: W3cTraceContext | null
}
const $JSONRPCRequest = lazy("JSONRPCRequest", (): Schema.Schema<JSONRPCRequest> => Schema.Struct({
  id: $RequestId(),
  method: Schema.String,
  params: optional(Schema.Unknown),
  trace: optional(Schema.NullOr($W3cTraceContext()))
}))
/**
 * The schema of {@link JSONRPCRequest}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const JSONRPCRequest: Schema.Schema<JSONRPCRequest> = exported("JSONRPCRequest", $JSONRPCRequest)

/**
 * A successful (non-error) response to a request.
 *
 * @since 0.1.0
 * @category models
 */
export interface JSONRPCResponse {
  readonly id: RequestId
  readonly result: unknown
}
const $JSONRPCResponse = lazy("JSONRPCResponse", (): Schema.Schema<JSONRPCResponse> => Schema.Struct({
  id: $RequestId(),
  result: Schema.Unknown
}))
/**
 * The schema of {@link JSONRPCResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const JSONRPCResponse: Schema.Schema<JSONRPCResponse> = exported("JSONRPCResponse", $JSONRPCResponse)

/**
 * Refers to any valid JSON-RPC object that can be decoded off the wire, or encoded to be sent.
 *
 * @since 0.1.0
 * @category models
 */
export type JSONRPCMessage = JSONRPCRequest | JSONRPCNotification | JSONRPCResponse | JSONRPCError
const $JSONRPCMessage = lazy("JSONRPCMessage", (): Schema.Schema<JSONRPCMessage> => Schema.Union($JSONRPCRequest(), $JSONRPCNotification(), $JSONRPCResponse(), $JSONRPCError()))
/**
 * The schema of {@link JSONRPCMessage}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const JSONRPCMessage: Schema.Schema<JSONRPCMessage> = exported("JSONRPCMessage", $JSONRPCMessage)

/**
 * The `McpAuthStatus` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type McpAuthStatus = "unknown" | "unsupported" | "notLoggedIn" | "bearerToken" | "oAuth" | (string & {})
const $McpAuthStatus = lazy("McpAuthStatus", (): Schema.Schema<McpAuthStatus> => Schema.Union(Schema.Literal("unknown", "unsupported", "notLoggedIn", "bearerToken", "oAuth"), Schema.String))
/**
 * The schema of {@link McpAuthStatus}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpAuthStatus: Schema.Schema<McpAuthStatus> = exported("McpAuthStatus", $McpAuthStatus)

/**
 * The `McpServerConnectionStatus` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type McpServerConnectionStatus = "notStarted" | "starting" | "connected" | "authenticationRequired" | "failed" | "cancelled" | "disabled" | (string & {})
const $McpServerConnectionStatus = lazy("McpServerConnectionStatus", (): Schema.Schema<McpServerConnectionStatus> => Schema.Union(Schema.Literal("notStarted", "starting", "connected", "authenticationRequired", "failed", "cancelled", "disabled"), Schema.String))
/**
 * The schema of {@link McpServerConnectionStatus}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpServerConnectionStatus: Schema.Schema<McpServerConnectionStatus> = exported("McpServerConnectionStatus", $McpServerConnectionStatus)

/**
 * Presentation metadata advertised by an initialized MCP server.
 *
 * @since 0.1.0
 * @category models
 */
export interface McpServerInfo {
  readonly description?: string | null
  readonly icons?: ReadonlyArray<unknown> | null
  readonly name: string
  readonly title?: string | null
  readonly version: string
  readonly websiteUrl?: string | null
}
const $McpServerInfo = lazy("McpServerInfo", (): Schema.Schema<McpServerInfo> => Schema.Struct({
  description: optional(Schema.NullOr(Schema.String)),
  icons: optional(Schema.NullOr(Schema.Array(Schema.Unknown))),
  name: Schema.String,
  title: optional(Schema.NullOr(Schema.String)),
  version: Schema.String,
  websiteUrl: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link McpServerInfo}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpServerInfo: Schema.Schema<McpServerInfo> = exported("McpServerInfo", $McpServerInfo)

/**
 * A known resource that the server is capable of reading.
 *
 * @since 0.1.0
 * @category models
 */
export interface Resource {
  readonly _meta?: unknown
  readonly annotations?: unknown
  readonly description?: string | null
  readonly icons?: ReadonlyArray<unknown> | null
  readonly mimeType?: string | null
  readonly name: string
  readonly size?: number | null
  readonly title?: string | null
  readonly uri: string
}
const $Resource = lazy("Resource", (): Schema.Schema<Resource> => Schema.Struct({
  _meta: optional(Schema.Unknown),
  annotations: optional(Schema.Unknown),
  description: optional(Schema.NullOr(Schema.String)),
  icons: optional(Schema.NullOr(Schema.Array(Schema.Unknown))),
  mimeType: optional(Schema.NullOr(Schema.String)),
  name: Schema.String,
  size: optional(Schema.NullOr(Schema.Number)),
  title: optional(Schema.NullOr(Schema.String)),
  uri: Schema.String
}))
/**
 * The schema of {@link Resource}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Resource: Schema.Schema<Resource> = exported("Resource", $Resource)

/**
 * A template description for resources available on the server.
 *
 * @since 0.1.0
 * @category models
 */
export interface ResourceTemplate {
  readonly annotations?: unknown
  readonly description?: string | null
  readonly mimeType?: string | null
  readonly name: string
  readonly title?: string | null
  readonly uriTemplate: string
}
const $ResourceTemplate = lazy("ResourceTemplate", (): Schema.Schema<ResourceTemplate> => Schema.Struct({
  annotations: optional(Schema.Unknown),
  description: optional(Schema.NullOr(Schema.String)),
  mimeType: optional(Schema.NullOr(Schema.String)),
  name: Schema.String,
  title: optional(Schema.NullOr(Schema.String)),
  uriTemplate: Schema.String
}))
/**
 * The schema of {@link ResourceTemplate}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ResourceTemplate: Schema.Schema<ResourceTemplate> = exported("ResourceTemplate", $ResourceTemplate)

/**
 * Definition for a tool the client can call.
 *
 * @since 0.1.0
 * @category models
 */
export interface Tool {
  readonly _meta?: unknown
  readonly annotations?: unknown
  readonly description?: string | null
  readonly icons?: ReadonlyArray<unknown> | null
  readonly inputSchema: unknown
  readonly name: string
  readonly outputSchema?: unknown
  readonly title?: string | null
}
const $Tool = lazy("Tool", (): Schema.Schema<Tool> => Schema.Struct({
  _meta: optional(Schema.Unknown),
  annotations: optional(Schema.Unknown),
  description: optional(Schema.NullOr(Schema.String)),
  icons: optional(Schema.NullOr(Schema.Array(Schema.Unknown))),
  inputSchema: Schema.Unknown,
  name: Schema.String,
  outputSchema: optional(Schema.Unknown),
  title: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link Tool}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Tool: Schema.Schema<Tool> = exported("Tool", $Tool)

/**
 * The `McpServerStatus` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface McpServerStatus {
  readonly authStatus: McpAuthStatus
  /**
   * Environment that contributed this registration; null for a thread-wide server. Older servers omit this field.
   */
  readonly environmentId?: string | null
  /**
   * HTTP origin of the effective configured endpoint, including plugin servers. Excludes credentials, path, query, and fragment; null for non-HTTP transports.
   */
  readonly httpOrigin?: string | null
  readonly name: string
  readonly pluginId?: string | null
  readonly resourceTemplates: ReadonlyArray<ResourceTemplate>
  readonly resources: ReadonlyArray<Resource>
  /**
   * Current thread-runtime connection state; null when unavailable or the configuration changed.
   */
  readonly runtimeStatus?: McpServerConnectionStatus | null
  /**
   * Capabilities advertised by the initialized MCP server; null when unavailable.
   */
  readonly serverCapabilities?: unknown
  readonly serverInfo?: McpServerInfo | null
  /**
   * Opaque `_meta` from the first page of the corresponding MCP tool catalog. Null when unavailable.
   */
  readonly toolListMeta?: unknown
  readonly tools: { readonly [key: string]: Tool }
  /**
   * Tool discovery failed and no catalog was returned. Null when a catalog is returned, including cached or empty catalogs.
   */
  readonly toolsError?: string | null
}
const $McpServerStatus = lazy("McpServerStatus", (): Schema.Schema<McpServerStatus> => Schema.Struct({
  authStatus: $McpAuthStatus(),
  environmentId: optional(Schema.NullOr(Schema.String)),
  httpOrigin: optional(Schema.NullOr(Schema.String)),
  name: Schema.String,
  pluginId: optional(Schema.NullOr(Schema.String)),
  resourceTemplates: Schema.Array($ResourceTemplate()),
  resources: Schema.Array($Resource()),
  runtimeStatus: optional(Schema.NullOr($McpServerConnectionStatus())),
  serverCapabilities: optional(Schema.Unknown),
  serverInfo: optional(Schema.NullOr($McpServerInfo())),
  toolListMeta: optional(Schema.Unknown),
  tools: Schema.Record({ key: Schema.String, value: $Tool() }),
  toolsError: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link McpServerStatus}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpServerStatus: Schema.Schema<McpServerStatus> = exported("McpServerStatus", $McpServerStatus)

/**
 * The `ListMcpServerStatusResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ListMcpServerStatusResponse {
  readonly data: ReadonlyArray<McpServerStatus>
  /**
   * Opaque cursor to pass to the next call to continue after the last item. If None, there are no more items to return.
   */
  readonly nextCursor?: string | null
}
const $ListMcpServerStatusResponse = lazy("ListMcpServerStatusResponse", (): Schema.Schema<ListMcpServerStatusResponse> => Schema.Struct({
  data: Schema.Array($McpServerStatus()),
  nextCursor: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link ListMcpServerStatusResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ListMcpServerStatusResponse: Schema.Schema<ListMcpServerStatusResponse> = exported("ListMcpServerStatusResponse", $ListMcpServerStatusResponse)

/**
 * The `LoginAccountResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type LoginAccountResponse = {
  readonly type: "apiKey"
} | {
  /**
   * URL the client should open in a browser to initiate the OAuth flow.
   */
  readonly authUrl: string
  readonly loginId: string
  readonly type: "chatgpt"
} | {
  readonly loginId: string
  readonly type: "chatgptDeviceCode"
  /**
   * One-time code the user must enter after signing in.
   */
  readonly userCode: string
  /**
   * URL the client should open in a browser to complete device code authorization.
   */
  readonly verificationUrl: string
} | {
  readonly type: "chatgptAuthTokens"
} | {
  readonly type: "amazonBedrock"
}
const $LoginAccountResponse = lazy("LoginAccountResponse", (): Schema.Schema<LoginAccountResponse> => Schema.Union(Schema.Struct({
  type: Schema.Literal("apiKey")
}), Schema.Struct({
  authUrl: Schema.String,
  loginId: Schema.String,
  type: Schema.Literal("chatgpt")
}), Schema.Struct({
  loginId: Schema.String,
  type: Schema.Literal("chatgptDeviceCode"),
  userCode: Schema.String,
  verificationUrl: Schema.String
}), Schema.Struct({
  type: Schema.Literal("chatgptAuthTokens")
}), Schema.Struct({
  type: Schema.Literal("amazonBedrock")
})))
/**
 * The schema of {@link LoginAccountResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const LoginAccountResponse: Schema.Schema<LoginAccountResponse> = exported("LoginAccountResponse", $LoginAccountResponse)

/**
 * The `LogoutAccountResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type LogoutAccountResponse = { readonly [key: string]: unknown }
const $LogoutAccountResponse = lazy("LogoutAccountResponse", (): Schema.Schema<LogoutAccountResponse> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link LogoutAccountResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const LogoutAccountResponse: Schema.Schema<LogoutAccountResponse> = exported("LogoutAccountResponse", $LogoutAccountResponse)

/**
 * The `MarketplaceAddResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface MarketplaceAddResponse {
  readonly alreadyAdded: boolean
  readonly installedRoot: AbsolutePathBuf
  readonly marketplaceName: string
}
const $MarketplaceAddResponse = lazy("MarketplaceAddResponse", (): Schema.Schema<MarketplaceAddResponse> => Schema.Struct({
  alreadyAdded: Schema.Boolean,
  installedRoot: $AbsolutePathBuf(),
  marketplaceName: Schema.String
}))
/**
 * The schema of {@link MarketplaceAddResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const MarketplaceAddResponse: Schema.Schema<MarketplaceAddResponse> = exported("MarketplaceAddResponse", $MarketplaceAddResponse)

/**
 * The `MarketplaceInterface` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface MarketplaceInterface {
  readonly displayName?: string | null
}
const $MarketplaceInterface = lazy("MarketplaceInterface", (): Schema.Schema<MarketplaceInterface> => Schema.Struct({
  displayName: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link MarketplaceInterface}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const MarketplaceInterface: Schema.Schema<MarketplaceInterface> = exported("MarketplaceInterface", $MarketplaceInterface)

/**
 * The `MarketplaceLoadErrorInfo` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface MarketplaceLoadErrorInfo {
  readonly marketplacePath: AbsolutePathBuf
  readonly message: string
}
const $MarketplaceLoadErrorInfo = lazy("MarketplaceLoadErrorInfo", (): Schema.Schema<MarketplaceLoadErrorInfo> => Schema.Struct({
  marketplacePath: $AbsolutePathBuf(),
  message: Schema.String
}))
/**
 * The schema of {@link MarketplaceLoadErrorInfo}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const MarketplaceLoadErrorInfo: Schema.Schema<MarketplaceLoadErrorInfo> = exported("MarketplaceLoadErrorInfo", $MarketplaceLoadErrorInfo)

/**
 * The `MarketplaceRemoveResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface MarketplaceRemoveResponse {
  readonly installedRoot?: AbsolutePathBuf | null
  readonly marketplaceName: string
}
const $MarketplaceRemoveResponse = lazy("MarketplaceRemoveResponse", (): Schema.Schema<MarketplaceRemoveResponse> => Schema.Struct({
  installedRoot: optional(Schema.NullOr($AbsolutePathBuf())),
  marketplaceName: Schema.String
}))
/**
 * The schema of {@link MarketplaceRemoveResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const MarketplaceRemoveResponse: Schema.Schema<MarketplaceRemoveResponse> = exported("MarketplaceRemoveResponse", $MarketplaceRemoveResponse)

/**
 * The `MarketplaceUpgradeErrorInfo` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface MarketplaceUpgradeErrorInfo {
  readonly marketplaceName: string
  readonly message: string
}
const $MarketplaceUpgradeErrorInfo = lazy("MarketplaceUpgradeErrorInfo", (): Schema.Schema<MarketplaceUpgradeErrorInfo> => Schema.Struct({
  marketplaceName: Schema.String,
  message: Schema.String
}))
/**
 * The schema of {@link MarketplaceUpgradeErrorInfo}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const MarketplaceUpgradeErrorInfo: Schema.Schema<MarketplaceUpgradeErrorInfo> = exported("MarketplaceUpgradeErrorInfo", $MarketplaceUpgradeErrorInfo)

/**
 * The `MarketplaceUpgradeResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface MarketplaceUpgradeResponse {
  readonly errors: ReadonlyArray<MarketplaceUpgradeErrorInfo>
  readonly selectedMarketplaces: ReadonlyArray<string>
  readonly upgradedRoots: ReadonlyArray<AbsolutePathBuf>
}
const $MarketplaceUpgradeResponse = lazy("MarketplaceUpgradeResponse", (): Schema.Schema<MarketplaceUpgradeResponse> => Schema.Struct({
  errors: Schema.Array($MarketplaceUpgradeErrorInfo()),
  selectedMarketplaces: Schema.Array(Schema.String),
  upgradedRoots: Schema.Array($AbsolutePathBuf())
}))
/**
 * The schema of {@link MarketplaceUpgradeResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const MarketplaceUpgradeResponse: Schema.Schema<MarketplaceUpgradeResponse> = exported("MarketplaceUpgradeResponse", $MarketplaceUpgradeResponse)

/**
 * The `McpElicitationArrayType` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type McpElicitationArrayType = "array"
const $McpElicitationArrayType = lazy("McpElicitationArrayType", (): Schema.Schema<McpElicitationArrayType> => Schema.Literal("array"))
/**
 * The schema of {@link McpElicitationArrayType}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpElicitationArrayType: Schema.Schema<McpElicitationArrayType> = exported("McpElicitationArrayType", $McpElicitationArrayType)

/**
 * The `McpElicitationBooleanType` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type McpElicitationBooleanType = "boolean"
const $McpElicitationBooleanType = lazy("McpElicitationBooleanType", (): Schema.Schema<McpElicitationBooleanType> => Schema.Literal("boolean"))
/**
 * The schema of {@link McpElicitationBooleanType}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpElicitationBooleanType: Schema.Schema<McpElicitationBooleanType> = exported("McpElicitationBooleanType", $McpElicitationBooleanType)

/**
 * The `McpElicitationBooleanSchema` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface McpElicitationBooleanSchema {
  readonly default?: boolean | null
  readonly description?: string | null
  readonly title?: string | null
  readonly type: McpElicitationBooleanType
}
const $McpElicitationBooleanSchema = lazy("McpElicitationBooleanSchema", (): Schema.Schema<McpElicitationBooleanSchema> => Schema.Struct({
  default: optional(Schema.NullOr(Schema.Boolean)),
  description: optional(Schema.NullOr(Schema.String)),
  title: optional(Schema.NullOr(Schema.String)),
  type: $McpElicitationBooleanType()
}))
/**
 * The schema of {@link McpElicitationBooleanSchema}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpElicitationBooleanSchema: Schema.Schema<McpElicitationBooleanSchema> = exported("McpElicitationBooleanSchema", $McpElicitationBooleanSchema)

/**
 * The `McpElicitationConstOption` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface McpElicitationConstOption {
  readonly const: string
  readonly title: string
}
const $McpElicitationConstOption = lazy("McpElicitationConstOption", (): Schema.Schema<McpElicitationConstOption> => Schema.Struct({
  const: Schema.String,
  title: Schema.String
}))
/**
 * The schema of {@link McpElicitationConstOption}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpElicitationConstOption: Schema.Schema<McpElicitationConstOption> = exported("McpElicitationConstOption", $McpElicitationConstOption)

/**
 * The `McpElicitationStringType` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type McpElicitationStringType = "string"
const $McpElicitationStringType = lazy("McpElicitationStringType", (): Schema.Schema<McpElicitationStringType> => Schema.Literal("string"))
/**
 * The schema of {@link McpElicitationStringType}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpElicitationStringType: Schema.Schema<McpElicitationStringType> = exported("McpElicitationStringType", $McpElicitationStringType)

/**
 * The `McpElicitationLegacyTitledEnumSchema` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface McpElicitationLegacyTitledEnumSchema {
  readonly default?: string | null
  readonly description?: string | null
  readonly enum: ReadonlyArray<string>
  readonly enumNames?: ReadonlyArray<string> | null
  readonly title?: string | null
  readonly type: McpElicitationStringType
}
const $McpElicitationLegacyTitledEnumSchema = lazy("McpElicitationLegacyTitledEnumSchema", (): Schema.Schema<McpElicitationLegacyTitledEnumSchema> => Schema.Struct({
  default: optional(Schema.NullOr(Schema.String)),
  description: optional(Schema.NullOr(Schema.String)),
  enum: Schema.Array(Schema.String),
  enumNames: optional(Schema.NullOr(Schema.Array(Schema.String))),
  title: optional(Schema.NullOr(Schema.String)),
  type: $McpElicitationStringType()
}))
/**
 * The schema of {@link McpElicitationLegacyTitledEnumSchema}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpElicitationLegacyTitledEnumSchema: Schema.Schema<McpElicitationLegacyTitledEnumSchema> = exported("McpElicitationLegacyTitledEnumSchema", $McpElicitationLegacyTitledEnumSchema)

/**
 * The `McpElicitationTitledEnumItems` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface McpElicitationTitledEnumItems {
  readonly anyOf: ReadonlyArray<McpElicitationConstOption>
}
const $McpElicitationTitledEnumItems = lazy("McpElicitationTitledEnumItems", (): Schema.Schema<McpElicitationTitledEnumItems> => Schema.Struct({
  anyOf: Schema.Array($McpElicitationConstOption())
}))
/**
 * The schema of {@link McpElicitationTitledEnumItems}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpElicitationTitledEnumItems: Schema.Schema<McpElicitationTitledEnumItems> = exported("McpElicitationTitledEnumItems", $McpElicitationTitledEnumItems)

/**
 * The `McpElicitationTitledMultiSelectEnumSchema` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface McpElicitationTitledMultiSelectEnumSchema {
  readonly default?: ReadonlyArray<string> | null
  readonly description?: string | null
  readonly items: McpElicitationTitledEnumItems
  readonly maxItems?: number | null
  readonly minItems?: number | null
  readonly title?: string | null
  readonly type: McpElicitationArrayType
}
const $McpElicitationTitledMultiSelectEnumSchema = lazy("McpElicitationTitledMultiSelectEnumSchema", (): Schema.Schema<McpElicitationTitledMultiSelectEnumSchema> => Schema.Struct({
  default: optional(Schema.NullOr(Schema.Array(Schema.String))),
  description: optional(Schema.NullOr(Schema.String)),
  items: $McpElicitationTitledEnumItems(),
  maxItems: optional(Schema.NullOr(Schema.Number)),
  minItems: optional(Schema.NullOr(Schema.Number)),
  title: optional(Schema.NullOr(Schema.String)),
  type: $McpElicitationArrayType()
}))
/**
 * The schema of {@link McpElicitationTitledMultiSelectEnumSchema}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpElicitationTitledMultiSelectEnumSchema: Schema.Schema<McpElicitationTitledMultiSelectEnumSchema> = exported("McpElicitationTitledMultiSelectEnumSchema", $McpElicitationTitledMultiSelectEnumSchema)

/**
 * The `McpElicitationUntitledEnumItems` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface McpElicitationUntitledEnumItems {
  readonly enum: ReadonlyArray<string>
  readonly type: McpElicitationStringType
}
const $McpElicitationUntitledEnumItems = lazy("McpElicitationUntitledEnumItems", (): Schema.Schema<McpElicitationUntitledEnumItems> => Schema.Struct({
  enum: Schema.Array(Schema.String),
  type: $McpElicitationStringType()
}))
/**
 * The schema of {@link McpElicitationUntitledEnumItems}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpElicitationUntitledEnumItems: Schema.Schema<McpElicitationUntitledEnumItems> = exported("McpElicitationUntitledEnumItems", $McpElicitationUntitledEnumItems)

/**
 * The `McpElicitationUntitledMultiSelectEnumSchema` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface McpElicitationUntitledMultiSelectEnumSchema {
  readonly default?: ReadonlyArray<string> | null
  readonly description?: string | null
  readonly items: McpElicitationUntitledEnumItems
  readonly maxItems?: number | null
  readonly minItems?: number | null
  readonly title?: string | null
  readonly type: McpElicitationArrayType
}
const $McpElicitationUntitledMultiSelectEnumSchema = lazy("McpElicitationUntitledMultiSelectEnumSchema", (): Schema.Schema<McpElicitationUntitledMultiSelectEnumSchema> => Schema.Struct({
  default: optional(Schema.NullOr(Schema.Array(Schema.String))),
  description: optional(Schema.NullOr(Schema.String)),
  items: $McpElicitationUntitledEnumItems(),
  maxItems: optional(Schema.NullOr(Schema.Number)),
  minItems: optional(Schema.NullOr(Schema.Number)),
  title: optional(Schema.NullOr(Schema.String)),
  type: $McpElicitationArrayType()
}))
/**
 * The schema of {@link McpElicitationUntitledMultiSelectEnumSchema}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpElicitationUntitledMultiSelectEnumSchema: Schema.Schema<McpElicitationUntitledMultiSelectEnumSchema> = exported("McpElicitationUntitledMultiSelectEnumSchema", $McpElicitationUntitledMultiSelectEnumSchema)

/**
 * The `McpElicitationMultiSelectEnumSchema` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type McpElicitationMultiSelectEnumSchema = McpElicitationUntitledMultiSelectEnumSchema | McpElicitationTitledMultiSelectEnumSchema
const $McpElicitationMultiSelectEnumSchema = lazy("McpElicitationMultiSelectEnumSchema", (): Schema.Schema<McpElicitationMultiSelectEnumSchema> => Schema.Union($McpElicitationUntitledMultiSelectEnumSchema(), $McpElicitationTitledMultiSelectEnumSchema()))
/**
 * The schema of {@link McpElicitationMultiSelectEnumSchema}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpElicitationMultiSelectEnumSchema: Schema.Schema<McpElicitationMultiSelectEnumSchema> = exported("McpElicitationMultiSelectEnumSchema", $McpElicitationMultiSelectEnumSchema)

/**
 * The `McpElicitationTitledSingleSelectEnumSchema` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface McpElicitationTitledSingleSelectEnumSchema {
  readonly default?: string | null
  readonly description?: string | null
  readonly oneOf: ReadonlyArray<McpElicitationConstOption>
  readonly title?: string | null
  readonly type: McpElicitationStringType
}
const $McpElicitationTitledSingleSelectEnumSchema = lazy("McpElicitationTitledSingleSelectEnumSchema", (): Schema.Schema<McpElicitationTitledSingleSelectEnumSchema> => Schema.Struct({
  default: optional(Schema.NullOr(Schema.String)),
  description: optional(Schema.NullOr(Schema.String)),
  oneOf: Schema.Array($McpElicitationConstOption()),
  title: optional(Schema.NullOr(Schema.String)),
  type: $McpElicitationStringType()
}))
/**
 * The schema of {@link McpElicitationTitledSingleSelectEnumSchema}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpElicitationTitledSingleSelectEnumSchema: Schema.Schema<McpElicitationTitledSingleSelectEnumSchema> = exported("McpElicitationTitledSingleSelectEnumSchema", $McpElicitationTitledSingleSelectEnumSchema)

/**
 * The `McpElicitationUntitledSingleSelectEnumSchema` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface McpElicitationUntitledSingleSelectEnumSchema {
  readonly default?: string | null
  readonly description?: string | null
  readonly enum: ReadonlyArray<string>
  readonly title?: string | null
  readonly type: McpElicitationStringType
}
const $McpElicitationUntitledSingleSelectEnumSchema = lazy("McpElicitationUntitledSingleSelectEnumSchema", (): Schema.Schema<McpElicitationUntitledSingleSelectEnumSchema> => Schema.Struct({
  default: optional(Schema.NullOr(Schema.String)),
  description: optional(Schema.NullOr(Schema.String)),
  enum: Schema.Array(Schema.String),
  title: optional(Schema.NullOr(Schema.String)),
  type: $McpElicitationStringType()
}))
/**
 * The schema of {@link McpElicitationUntitledSingleSelectEnumSchema}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpElicitationUntitledSingleSelectEnumSchema: Schema.Schema<McpElicitationUntitledSingleSelectEnumSchema> = exported("McpElicitationUntitledSingleSelectEnumSchema", $McpElicitationUntitledSingleSelectEnumSchema)

/**
 * The `McpElicitationSingleSelectEnumSchema` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type McpElicitationSingleSelectEnumSchema = McpElicitationUntitledSingleSelectEnumSchema | McpElicitationTitledSingleSelectEnumSchema
const $McpElicitationSingleSelectEnumSchema = lazy("McpElicitationSingleSelectEnumSchema", (): Schema.Schema<McpElicitationSingleSelectEnumSchema> => Schema.Union($McpElicitationUntitledSingleSelectEnumSchema(), $McpElicitationTitledSingleSelectEnumSchema()))
/**
 * The schema of {@link McpElicitationSingleSelectEnumSchema}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpElicitationSingleSelectEnumSchema: Schema.Schema<McpElicitationSingleSelectEnumSchema> = exported("McpElicitationSingleSelectEnumSchema", $McpElicitationSingleSelectEnumSchema)

/**
 * The `McpElicitationEnumSchema` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type McpElicitationEnumSchema = McpElicitationSingleSelectEnumSchema | McpElicitationMultiSelectEnumSchema | McpElicitationLegacyTitledEnumSchema
const $McpElicitationEnumSchema = lazy("McpElicitationEnumSchema", (): Schema.Schema<McpElicitationEnumSchema> => Schema.Union($McpElicitationSingleSelectEnumSchema(), $McpElicitationMultiSelectEnumSchema(), $McpElicitationLegacyTitledEnumSchema()))
/**
 * The schema of {@link McpElicitationEnumSchema}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpElicitationEnumSchema: Schema.Schema<McpElicitationEnumSchema> = exported("McpElicitationEnumSchema", $McpElicitationEnumSchema)

/**
 * The `McpElicitationNumberType` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type McpElicitationNumberType = "number" | "integer" | (string & {})
const $McpElicitationNumberType = lazy("McpElicitationNumberType", (): Schema.Schema<McpElicitationNumberType> => Schema.Union(Schema.Literal("number", "integer"), Schema.String))
/**
 * The schema of {@link McpElicitationNumberType}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpElicitationNumberType: Schema.Schema<McpElicitationNumberType> = exported("McpElicitationNumberType", $McpElicitationNumberType)

/**
 * The `McpElicitationNumberSchema` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface McpElicitationNumberSchema {
  readonly default?: number | null
  readonly description?: string | null
  readonly maximum?: number | null
  readonly minimum?: number | null
  readonly title?: string | null
  readonly type: McpElicitationNumberType
}
const $McpElicitationNumberSchema = lazy("McpElicitationNumberSchema", (): Schema.Schema<McpElicitationNumberSchema> => Schema.Struct({
  default: optional(Schema.NullOr(Schema.Number)),
  description: optional(Schema.NullOr(Schema.String)),
  maximum: optional(Schema.NullOr(Schema.Number)),
  minimum: optional(Schema.NullOr(Schema.Number)),
  title: optional(Schema.NullOr(Schema.String)),
  type: $McpElicitationNumberType()
}))
/**
 * The schema of {@link McpElicitationNumberSchema}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpElicitationNumberSchema: Schema.Schema<McpElicitationNumberSchema> = exported("McpElicitationNumberSchema", $McpElicitationNumberSchema)

/**
 * The `McpElicitationObjectType` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type McpElicitationObjectType = "object"
const $McpElicitationObjectType = lazy("McpElicitationObjectType", (): Schema.Schema<McpElicitationObjectType> => Schema.Literal("object"))
/**
 * The schema of {@link McpElicitationObjectType}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpElicitationObjectType: Schema.Schema<McpElicitationObjectType> = exported("McpElicitationObjectType", $McpElicitationObjectType)

/**
 * The `McpElicitationStringFormat` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type McpElicitationStringFormat = "email" | "uri" | "date" | "date-time" | (string & {})
const $McpElicitationStringFormat = lazy("McpElicitationStringFormat", (): Schema.Schema<McpElicitationStringFormat> => Schema.Union(Schema.Literal("email", "uri", "date", "date-time"), Schema.String))
/**
 * The schema of {@link McpElicitationStringFormat}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpElicitationStringFormat: Schema.Schema<McpElicitationStringFormat> = exported("McpElicitationStringFormat", $McpElicitationStringFormat)

/**
 * The `McpElicitationStringSchema` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface McpElicitationStringSchema {
  readonly default?: string | null
  readonly description?: string | null
  readonly format?: McpElicitationStringFormat | null
  readonly maxLength?: number | null
  readonly minLength?: number | null
  readonly title?: string | null
  readonly type: McpElicitationStringType
}
const $McpElicitationStringSchema = lazy("McpElicitationStringSchema", (): Schema.Schema<McpElicitationStringSchema> => Schema.Struct({
  default: optional(Schema.NullOr(Schema.String)),
  description: optional(Schema.NullOr(Schema.String)),
  format: optional(Schema.NullOr($McpElicitationStringFormat())),
  maxLength: optional(Schema.NullOr(Schema.Int)),
  minLength: optional(Schema.NullOr(Schema.Int)),
  title: optional(Schema.NullOr(Schema.String)),
  type: $McpElicitationStringType()
}))
/**
 * The schema of {@link McpElicitationStringSchema}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpElicitationStringSchema: Schema.Schema<McpElicitationStringSchema> = exported("McpElicitationStringSchema", $McpElicitationStringSchema)

/**
 * The `McpElicitationPrimitiveSchema` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type McpElicitationPrimitiveSchema = McpElicitationEnumSchema | McpElicitationStringSchema | McpElicitationNumberSchema | McpElicitationBooleanSchema
const $McpElicitationPrimitiveSchema = lazy("McpElicitationPrimitiveSchema", (): Schema.Schema<McpElicitationPrimitiveSchema> => Schema.Union($McpElicitationEnumSchema(), $McpElicitationStringSchema(), $McpElicitationNumberSchema(), $McpElicitationBooleanSchema()))
/**
 * The schema of {@link McpElicitationPrimitiveSchema}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpElicitationPrimitiveSchema: Schema.Schema<McpElicitationPrimitiveSchema> = exported("McpElicitationPrimitiveSchema", $McpElicitationPrimitiveSchema)

/**
 * Typed form schema for MCP `elicitation/create` requests.
 *
 * This matches the `requestedSchema` shape from the MCP 2025-11-25 `ElicitRequestFormParams` schema.
 *
 * @since 0.1.0
 * @category models
 */
export interface McpElicitationSchema {
  readonly $schema?: string | null
  readonly properties: { readonly [key: string]: McpElicitationPrimitiveSchema }
  readonly required?: ReadonlyArray<string> | null
  readonly type: McpElicitationObjectType
}
const $McpElicitationSchema = lazy("McpElicitationSchema", (): Schema.Schema<McpElicitationSchema> => Schema.Struct({
  $schema: optional(Schema.NullOr(Schema.String)),
  properties: Schema.Record({ key: Schema.String, value: $McpElicitationPrimitiveSchema() }),
  required: optional(Schema.NullOr(Schema.Array(Schema.String))),
  type: $McpElicitationObjectType()
}))
/**
 * The schema of {@link McpElicitationSchema}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpElicitationSchema: Schema.Schema<McpElicitationSchema> = exported("McpElicitationSchema", $McpElicitationSchema)

/**
 * Contents returned when reading a resource from an MCP server.
 *
 * @since 0.1.0
 * @category models
 */
export type ResourceContent = {
  readonly _meta?: unknown
  readonly mimeType?: string | null
  readonly text: string
  /**
   * The URI of this resource.
   */
  readonly uri: string
} | {
  readonly _meta?: unknown
  readonly blob: string
  readonly mimeType?: string | null
  /**
   * The URI of this resource.
   */
  readonly uri: string
}
const $ResourceContent = lazy("ResourceContent", (): Schema.Schema<ResourceContent> => Schema.Union(Schema.Struct({
  _meta: optional(Schema.Unknown),
  mimeType: optional(Schema.NullOr(Schema.String)),
  text: Schema.String,
  uri: Schema.String
}), Schema.Struct({
  _meta: optional(Schema.Unknown),
  blob: Schema.String,
  mimeType: optional(Schema.NullOr(Schema.String)),
  uri: Schema.String
})))
/**
 * The schema of {@link ResourceContent}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ResourceContent: Schema.Schema<ResourceContent> = exported("ResourceContent", $ResourceContent)

/**
 * The `McpResourceReadResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface McpResourceReadResponse {
  readonly contents: ReadonlyArray<ResourceContent>
  /**
   * Originating call when the server applied app-specific resource scoping.
   */
  readonly originCallId?: string | null
}
const $McpResourceReadResponse = lazy("McpResourceReadResponse", (): Schema.Schema<McpResourceReadResponse> => Schema.Struct({
  contents: Schema.Array($ResourceContent()),
  originCallId: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link McpResourceReadResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpResourceReadResponse: Schema.Schema<McpResourceReadResponse> = exported("McpResourceReadResponse", $McpResourceReadResponse)

/**
 * The `McpServerElicitationAction` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type McpServerElicitationAction = "accept" | "decline" | "cancel"
const $McpServerElicitationAction = lazy("McpServerElicitationAction", (): Schema.Schema<McpServerElicitationAction> => Schema.Literal("accept", "decline", "cancel"))
/**
 * The schema of {@link McpServerElicitationAction}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpServerElicitationAction: Schema.Schema<McpServerElicitationAction> = exported("McpServerElicitationAction", $McpServerElicitationAction)

/**
 * The `McpServerElicitationRequestParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type McpServerElicitationRequestParams = {
  readonly _meta?: unknown
  readonly challenge: string
  readonly description: string
  /**
   * Registration scope, not necessarily the server's execution environment.
   */
  readonly environmentId?: string | null
  readonly mode: "openai/userVerification"
  readonly serverName: string
  readonly threadId: string
  readonly title: string
  /**
   * Active Codex turn when this elicitation was observed, if app-server could correlate one.
   *
   * This is nullable because MCP models elicitation as a standalone server-to-client request identified by the MCP server request id. It may be triggered during a turn, but turn context is app-server correlation rather than part of the protocol identity of the elicitation itself.
   */
  readonly turnId?: string | null
} | {
  readonly _meta?: unknown
  /**
   * Registration scope, not necessarily the server's execution environment.
   */
  readonly environmentId?: string | null
  readonly message: string
  readonly mode: "form"
  readonly requestedSchema: McpElicitationSchema
  readonly serverName: string
  readonly threadId: string
  /**
   * Active Codex turn when this elicitation was observed, if app-server could correlate one.
   *
   * This is nullable because MCP models elicitation as a standalone server-to-client request identified by the MCP server request id. It may be triggered during a turn, but turn context is app-server correlation rather than part of the protocol identity of the elicitation itself.
   */
  readonly turnId?: string | null
} | {
  readonly _meta?: unknown
  /**
   * Registration scope, not necessarily the server's execution environment.
   */
  readonly environmentId?: string | null
  readonly message: string
  readonly mode: "openai/form"
  readonly requestedSchema: unknown
  readonly serverName: string
  readonly threadId: string
  /**
   * Active Codex turn when this elicitation was observed, if app-server could correlate one.
   *
   * This is nullable because MCP models elicitation as a standalone server-to-client request identified by the MCP server request id. It may be triggered during a turn, but turn context is app-server correlation rather than part of the protocol identity of the elicitation itself.
   */
  readonly turnId?: string | null
} | {
  readonly _meta?: unknown
  /**
   * Registration scope, not necessarily the server's execution environment.
   */
  readonly environmentId?: string | null
  readonly message: string
  readonly mode: "openaiForm"
  readonly requestedSchema: unknown
  readonly serverName: string
  readonly threadId: string
  /**
   * Active Codex turn when this elicitation was observed, if app-server could correlate one.
   *
   * This is nullable because MCP models elicitation as a standalone server-to-client request identified by the MCP server request id. It may be triggered during a turn, but turn context is app-server correlation rather than part of the protocol identity of the elicitation itself.
   */
  readonly turnId?: string | null
} | {
  readonly _meta?: unknown
  readonly elicitationId: string
  /**
   * Registration scope, not necessarily the server's execution environment.
   */
  readonly environmentId?: string | null
  readonly message: string
  readonly mode: "url"
  readonly serverName: string
  readonly threadId: string
  /**
   * Active Codex turn when this elicitation was observed, if app-server could correlate one.
   *
   * This is nullable because MCP models elicitation as a standalone server-to-client request identified by the MCP server request id. It may be triggered during a turn, but turn context is app-server correlation rather than part of the protocol identity of the elicitation itself.
   */
  readonly turnId?: string | null
  readonly url: string
}
const $McpServerElicitationRequestParams = lazy("McpServerElicitationRequestParams", (): Schema.Schema<McpServerElicitationRequestParams> => Schema.Union(Schema.Struct({
  _meta: optional(Schema.Unknown),
  challenge: Schema.String,
  description: Schema.String,
  environmentId: optional(Schema.NullOr(Schema.String)),
  mode: Schema.Literal("openai/userVerification"),
  serverName: Schema.String,
  threadId: Schema.String,
  title: Schema.String,
  turnId: optional(Schema.NullOr(Schema.String))
}), Schema.Struct({
  _meta: optional(Schema.Unknown),
  environmentId: optional(Schema.NullOr(Schema.String)),
  message: Schema.String,
  mode: Schema.Literal("form"),
  requestedSchema: $McpElicitationSchema(),
  serverName: Schema.String,
  threadId: Schema.String,
  turnId: optional(Schema.NullOr(Schema.String))
}), Schema.Struct({
  _meta: optional(Schema.Unknown),
  environmentId: optional(Schema.NullOr(Schema.String)),
  message: Schema.String,
  mode: Schema.Literal("openai/form"),
  requestedSchema: Schema.Unknown,
  serverName: Schema.String,
  threadId: Schema.String,
  turnId: optional(Schema.NullOr(Schema.String))
}), Schema.Struct({
  _meta: optional(Schema.Unknown),
  environmentId: optional(Schema.NullOr(Schema.String)),
  message: Schema.String,
  mode: Schema.Literal("openaiForm"),
  requestedSchema: Schema.Unknown,
  serverName: Schema.String,
  threadId: Schema.String,
  turnId: optional(Schema.NullOr(Schema.String))
}), Schema.Struct({
  _meta: optional(Schema.Unknown),
  elicitationId: Schema.String,
  environmentId: optional(Schema.NullOr(Schema.String)),
  message: Schema.String,
  mode: Schema.Literal("url"),
  serverName: Schema.String,
  threadId: Schema.String,
  turnId: optional(Schema.NullOr(Schema.String)),
  url: Schema.String
})))
/**
 * The schema of {@link McpServerElicitationRequestParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpServerElicitationRequestParams: Schema.Schema<McpServerElicitationRequestParams> = exported("McpServerElicitationRequestParams", $McpServerElicitationRequestParams)

/**
 * The `McpServerElicitationRequestResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface McpServerElicitationRequestResponse {
  /**
   * Optional client metadata for form-mode action handling.
   */
  readonly _meta?: unknown
  readonly action: McpServerElicitationAction
  /**
   * Structured user input for accepted elicitations, mirroring RMCP `CreateElicitationResult`.
   *
   * This is nullable because decline/cancel responses have no content.
   */
  readonly content?: unknown
}
const $McpServerElicitationRequestResponse = lazy("McpServerElicitationRequestResponse", (): Schema.Schema<McpServerElicitationRequestResponse> => Schema.Struct({
  _meta: optional(Schema.Unknown),
  action: $McpServerElicitationAction(),
  content: optional(Schema.Unknown)
}))
/**
 * The schema of {@link McpServerElicitationRequestResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpServerElicitationRequestResponse: Schema.Schema<McpServerElicitationRequestResponse> = exported("McpServerElicitationRequestResponse", $McpServerElicitationRequestResponse)

/**
 * The `McpServerEventNotification` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface McpServerEventNotification {
  readonly method: string
  readonly params: unknown
}
const $McpServerEventNotification = lazy("McpServerEventNotification", (): Schema.Schema<McpServerEventNotification> => Schema.Struct({
  method: Schema.String,
  params: Schema.Unknown
}))
/**
 * The schema of {@link McpServerEventNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpServerEventNotification: Schema.Schema<McpServerEventNotification> = exported("McpServerEventNotification", $McpServerEventNotification)

/**
 * The `McpServerEventStreamNotification` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface McpServerEventStreamNotification {
  readonly notification: McpServerEventNotification
  readonly subscriptionId: string
}
const $McpServerEventStreamNotification = lazy("McpServerEventStreamNotification", (): Schema.Schema<McpServerEventStreamNotification> => Schema.Struct({
  notification: $McpServerEventNotification(),
  subscriptionId: Schema.String
}))
/**
 * The schema of {@link McpServerEventStreamNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpServerEventStreamNotification: Schema.Schema<McpServerEventStreamNotification> = exported("McpServerEventStreamNotification", $McpServerEventStreamNotification)

/**
 * The `McpServerEventStreamStartResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type McpServerEventStreamStartResponse = { readonly [key: string]: unknown }
const $McpServerEventStreamStartResponse = lazy("McpServerEventStreamStartResponse", (): Schema.Schema<McpServerEventStreamStartResponse> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link McpServerEventStreamStartResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpServerEventStreamStartResponse: Schema.Schema<McpServerEventStreamStartResponse> = exported("McpServerEventStreamStartResponse", $McpServerEventStreamStartResponse)

/**
 * The `McpServerEventStreamStopResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type McpServerEventStreamStopResponse = { readonly [key: string]: unknown }
const $McpServerEventStreamStopResponse = lazy("McpServerEventStreamStopResponse", (): Schema.Schema<McpServerEventStreamStopResponse> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link McpServerEventStreamStopResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpServerEventStreamStopResponse: Schema.Schema<McpServerEventStreamStopResponse> = exported("McpServerEventStreamStopResponse", $McpServerEventStreamStopResponse)

/**
 * The `McpServerOauthLoginCompletedNotification` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface McpServerOauthLoginCompletedNotification {
  readonly error?: string | null
  /**
   * Identifies the explicit login attempt. Older servers omit this field.
   */
  readonly loginId?: string | null
  readonly name: string
  readonly success: boolean
  readonly threadId?: string | null
}
const $McpServerOauthLoginCompletedNotification = lazy("McpServerOauthLoginCompletedNotification", (): Schema.Schema<McpServerOauthLoginCompletedNotification> => Schema.Struct({
  error: optional(Schema.NullOr(Schema.String)),
  loginId: optional(Schema.NullOr(Schema.String)),
  name: Schema.String,
  success: Schema.Boolean,
  threadId: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link McpServerOauthLoginCompletedNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpServerOauthLoginCompletedNotification: Schema.Schema<McpServerOauthLoginCompletedNotification> = exported("McpServerOauthLoginCompletedNotification", $McpServerOauthLoginCompletedNotification)

/**
 * The `McpServerOauthLoginResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface McpServerOauthLoginResponse {
  readonly authorizationUrl: string
  /**
   * Identifies this login attempt across the response and completion notification. Older servers omit this field; current servers always return it.
   */
  readonly loginId?: string | null
}
const $McpServerOauthLoginResponse = lazy("McpServerOauthLoginResponse", (): Schema.Schema<McpServerOauthLoginResponse> => Schema.Struct({
  authorizationUrl: Schema.String,
  loginId: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link McpServerOauthLoginResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpServerOauthLoginResponse: Schema.Schema<McpServerOauthLoginResponse> = exported("McpServerOauthLoginResponse", $McpServerOauthLoginResponse)

/**
 * The `McpServerRefreshResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type McpServerRefreshResponse = { readonly [key: string]: unknown }
const $McpServerRefreshResponse = lazy("McpServerRefreshResponse", (): Schema.Schema<McpServerRefreshResponse> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link McpServerRefreshResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpServerRefreshResponse: Schema.Schema<McpServerRefreshResponse> = exported("McpServerRefreshResponse", $McpServerRefreshResponse)

/**
 * The `McpServerStartupFailureReason` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type McpServerStartupFailureReason = "reauthenticationRequired"
const $McpServerStartupFailureReason = lazy("McpServerStartupFailureReason", (): Schema.Schema<McpServerStartupFailureReason> => Schema.Literal("reauthenticationRequired"))
/**
 * The schema of {@link McpServerStartupFailureReason}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpServerStartupFailureReason: Schema.Schema<McpServerStartupFailureReason> = exported("McpServerStartupFailureReason", $McpServerStartupFailureReason)

/**
 * The `McpServerStartupState` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type McpServerStartupState = "starting" | "ready" | "failed" | "cancelled" | (string & {})
const $McpServerStartupState = lazy("McpServerStartupState", (): Schema.Schema<McpServerStartupState> => Schema.Union(Schema.Literal("starting", "ready", "failed", "cancelled"), Schema.String))
/**
 * The schema of {@link McpServerStartupState}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpServerStartupState: Schema.Schema<McpServerStartupState> = exported("McpServerStartupState", $McpServerStartupState)

/**
 * The `McpServerStatusUpdatedNotification` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface McpServerStatusUpdatedNotification {
  /**
   * Registration scope, not necessarily the server's execution environment.
   */
  readonly environmentId?: string | null
  readonly error?: string | null
  readonly failureReason?: McpServerStartupFailureReason | null
  readonly name: string
  readonly status: McpServerStartupState
  readonly threadId?: string | null
}
const $McpServerStatusUpdatedNotification = lazy("McpServerStatusUpdatedNotification", (): Schema.Schema<McpServerStatusUpdatedNotification> => Schema.Struct({
  environmentId: optional(Schema.NullOr(Schema.String)),
  error: optional(Schema.NullOr(Schema.String)),
  failureReason: optional(Schema.NullOr($McpServerStartupFailureReason())),
  name: Schema.String,
  status: $McpServerStartupState(),
  threadId: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link McpServerStatusUpdatedNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpServerStatusUpdatedNotification: Schema.Schema<McpServerStatusUpdatedNotification> = exported("McpServerStatusUpdatedNotification", $McpServerStatusUpdatedNotification)

/**
 * The `McpServerToolCallResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface McpServerToolCallResponse {
  readonly _meta?: unknown
  readonly content: ReadonlyArray<unknown>
  readonly isError?: boolean | null
  readonly structuredContent?: unknown
}
const $McpServerToolCallResponse = lazy("McpServerToolCallResponse", (): Schema.Schema<McpServerToolCallResponse> => Schema.Struct({
  _meta: optional(Schema.Unknown),
  content: Schema.Array(Schema.Unknown),
  isError: optional(Schema.NullOr(Schema.Boolean)),
  structuredContent: optional(Schema.Unknown)
}))
/**
 * The schema of {@link McpServerToolCallResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpServerToolCallResponse: Schema.Schema<McpServerToolCallResponse> = exported("McpServerToolCallResponse", $McpServerToolCallResponse)

/**
 * The `McpToolCallProgressNotification` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface McpToolCallProgressNotification {
  readonly itemId: string
  readonly message: string
  readonly threadId: string
  readonly turnId: string
}
const $McpToolCallProgressNotification = lazy("McpToolCallProgressNotification", (): Schema.Schema<McpToolCallProgressNotification> => Schema.Struct({
  itemId: Schema.String,
  message: Schema.String,
  threadId: Schema.String,
  turnId: Schema.String
}))
/**
 * The schema of {@link McpToolCallProgressNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const McpToolCallProgressNotification: Schema.Schema<McpToolCallProgressNotification> = exported("McpToolCallProgressNotification", $McpToolCallProgressNotification)

/**
 * The `MemoryResetResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type MemoryResetResponse = { readonly [key: string]: unknown }
const $MemoryResetResponse = lazy("MemoryResetResponse", (): Schema.Schema<MemoryResetResponse> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link MemoryResetResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const MemoryResetResponse: Schema.Schema<MemoryResetResponse> = exported("MemoryResetResponse", $MemoryResetResponse)

/**
 * The `MemoryStatusResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface MemoryStatusResponse {
  readonly v2ConsolidatedThreads: number
  readonly v2Ready: boolean
}
const $MemoryStatusResponse = lazy("MemoryStatusResponse", (): Schema.Schema<MemoryStatusResponse> => Schema.Struct({
  v2ConsolidatedThreads: Schema.Int,
  v2Ready: Schema.Boolean
}))
/**
 * The schema of {@link MemoryStatusResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const MemoryStatusResponse: Schema.Schema<MemoryStatusResponse> = exported("MemoryStatusResponse", $MemoryStatusResponse)

/**
 * The `MockExperimentalMethodResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface MockExperimentalMethodResponse {
  /**
   * Echoes the input `value`.
   */
  readonly echoed?: string | null
}
const $MockExperimentalMethodResponse = lazy("MockExperimentalMethodResponse", (): Schema.Schema<MockExperimentalMethodResponse> => Schema.Struct({
  echoed: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link MockExperimentalMethodResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const MockExperimentalMethodResponse: Schema.Schema<MockExperimentalMethodResponse> = exported("MockExperimentalMethodResponse", $MockExperimentalMethodResponse)

/**
 * Caller-specific explicit access programs advertised by model discovery.
 *
 * @since 0.1.0
 * @category models
 */
export interface ModelAccessPrograms {
  /**
   * Accepted explicit selections.
   */
  readonly cyber: ReadonlyArray<CyberAccessProgram>
}
const $ModelAccessPrograms = lazy("ModelAccessPrograms", (): Schema.Schema<ModelAccessPrograms> => Schema.Struct({
  cyber: Schema.Array($CyberAccessProgram())
}))
/**
 * The schema of {@link ModelAccessPrograms}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ModelAccessPrograms: Schema.Schema<ModelAccessPrograms> = exported("ModelAccessPrograms", $ModelAccessPrograms)

/**
 * The `ModelAvailabilityNux` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ModelAvailabilityNux {
  readonly message: string
}
const $ModelAvailabilityNux = lazy("ModelAvailabilityNux", (): Schema.Schema<ModelAvailabilityNux> => Schema.Struct({
  message: Schema.String
}))
/**
 * The schema of {@link ModelAvailabilityNux}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ModelAvailabilityNux: Schema.Schema<ModelAvailabilityNux> = exported("ModelAvailabilityNux", $ModelAvailabilityNux)

/**
 * The `ModelServiceTier` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ModelServiceTier {
  readonly description: string
  readonly id: string
  readonly name: string
}
const $ModelServiceTier = lazy("ModelServiceTier", (): Schema.Schema<ModelServiceTier> => Schema.Struct({
  description: Schema.String,
  id: Schema.String,
  name: Schema.String
}))
/**
 * The schema of {@link ModelServiceTier}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ModelServiceTier: Schema.Schema<ModelServiceTier> = exported("ModelServiceTier", $ModelServiceTier)

/**
 * The `ModelUpgradeInfo` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ModelUpgradeInfo {
  readonly migrationMarkdown?: string | null
  readonly model: string
  readonly modelLink?: string | null
  /**
   * Informational Unix timestamp for this upgrade's scheduled retirement, if known.
   */
  readonly retirementAt?: number | null
  readonly upgradeCopy?: string | null
}
const $ModelUpgradeInfo = lazy("ModelUpgradeInfo", (): Schema.Schema<ModelUpgradeInfo> => Schema.Struct({
  migrationMarkdown: optional(Schema.NullOr(Schema.String)),
  model: Schema.String,
  modelLink: optional(Schema.NullOr(Schema.String)),
  retirementAt: optional(Schema.NullOr(Schema.Number)),
  upgradeCopy: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link ModelUpgradeInfo}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ModelUpgradeInfo: Schema.Schema<ModelUpgradeInfo> = exported("ModelUpgradeInfo", $ModelUpgradeInfo)

/**
 * Multi-agent runtime supported by a model.
 *
 * @since 0.1.0
 * @category models
 */
export type MultiAgentVersion = "disabled" | "v1" | "v2" | (string & {})
const $MultiAgentVersion = lazy("MultiAgentVersion", (): Schema.Schema<MultiAgentVersion> => Schema.Union(Schema.Literal("disabled", "v1", "v2"), Schema.String))
/**
 * The schema of {@link MultiAgentVersion}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const MultiAgentVersion: Schema.Schema<MultiAgentVersion> = exported("MultiAgentVersion", $MultiAgentVersion)

/**
 * The `ReasoningEffortOption` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ReasoningEffortOption {
  readonly description: string
  readonly reasoningEffort: ReasoningEffort
}
const $ReasoningEffortOption = lazy("ReasoningEffortOption", (): Schema.Schema<ReasoningEffortOption> => Schema.Struct({
  description: Schema.String,
  reasoningEffort: $ReasoningEffort()
}))
/**
 * The schema of {@link ReasoningEffortOption}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ReasoningEffortOption: Schema.Schema<ReasoningEffortOption> = exported("ReasoningEffortOption", $ReasoningEffortOption)

/**
 * The `Model` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface Model {
  /**
   * Deprecated: use `serviceTiers` instead.
   */
  readonly additionalSpeedTiers?: ReadonlyArray<string>
  readonly availabilityNux?: ModelAvailabilityNux | null
  /**
   * Null when the catalog does not provide access-program metadata.
   */
  readonly availableAccessPrograms?: ModelAccessPrograms | null
  readonly defaultReasoningEffort: ReasoningEffort
  /**
   * Catalog default service tier id for this model, when one is configured.
   */
  readonly defaultServiceTier?: string | null
  readonly description: string
  readonly displayName: string
  readonly hidden: boolean
  readonly id: string
  readonly inputModalities?: ReadonlyArray<InputModality>
  readonly isDefault: boolean
  readonly model: string
  readonly modelSpecialty?: string | null
  /**
   * Multi-agent runtime declared by this model, when available.
   */
  readonly multiAgentVersion?: MultiAgentVersion | null
  readonly serviceTiers?: ReadonlyArray<ModelServiceTier>
  readonly supportedReasoningEfforts: ReadonlyArray<ReasoningEffortOption>
  /**
   * @deprecated Always false; models no longer support personality selection.
   */
  readonly supportsPersonality?: boolean
  readonly upgrade?: string | null
  readonly upgradeInfo?: ModelUpgradeInfo | null
}
const $Model = lazy("Model", (): Schema.Schema<Model> => Schema.Struct({
  additionalSpeedTiers: optional(Schema.Array(Schema.String)),
  availabilityNux: optional(Schema.NullOr($ModelAvailabilityNux())),
  availableAccessPrograms: optional(Schema.NullOr($ModelAccessPrograms())),
  defaultReasoningEffort: $ReasoningEffort(),
  defaultServiceTier: optional(Schema.NullOr(Schema.String)),
  description: Schema.String,
  displayName: Schema.String,
  hidden: Schema.Boolean,
  id: Schema.String,
  inputModalities: optional(Schema.Array($InputModality())),
  isDefault: Schema.Boolean,
  model: Schema.String,
  modelSpecialty: optional(Schema.NullOr(Schema.String)),
  multiAgentVersion: optional(Schema.NullOr($MultiAgentVersion())),
  serviceTiers: optional(Schema.Array($ModelServiceTier())),
  supportedReasoningEfforts: Schema.Array($ReasoningEffortOption()),
  supportsPersonality: optional(Schema.Boolean),
  upgrade: optional(Schema.NullOr(Schema.String)),
  upgradeInfo: optional(Schema.NullOr($ModelUpgradeInfo()))
}))
/**
 * The schema of {@link Model}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Model: Schema.Schema<Model> = exported("Model", $Model)

/**
 * The `ModelListResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ModelListResponse {
  readonly data: ReadonlyArray<Model>
  /**
   * Opaque cursor to pass to the next call to continue after the last item. If None, there are no more items to return.
   */
  readonly nextCursor?: string | null
}
const $ModelListResponse = lazy("ModelListResponse", (): Schema.Schema<ModelListResponse> => Schema.Struct({
  data: Schema.Array($Model()),
  nextCursor: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link ModelListResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ModelListResponse: Schema.Schema<ModelListResponse> = exported("ModelListResponse", $ModelListResponse)

/**
 * The `ModelProviderCapabilitiesReadResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ModelProviderCapabilitiesReadResponse {
  readonly imageGeneration: boolean
  readonly webSearch: boolean
}
const $ModelProviderCapabilitiesReadResponse = lazy("ModelProviderCapabilitiesReadResponse", (): Schema.Schema<ModelProviderCapabilitiesReadResponse> => Schema.Struct({
  imageGeneration: Schema.Boolean,
  webSearch: Schema.Boolean
}))
/**
 * The schema of {@link ModelProviderCapabilitiesReadResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ModelProviderCapabilitiesReadResponse: Schema.Schema<ModelProviderCapabilitiesReadResponse> = exported("ModelProviderCapabilitiesReadResponse", $ModelProviderCapabilitiesReadResponse)

/**
 * The `ProviderSettings` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ProviderSettings = {
  readonly type: "openai"
} | {
  readonly auth: GatewayAuth
  readonly type: "customGateway"
} | {
  readonly profile?: string | null
  readonly region?: string | null
  readonly type: "bedrock"
} | {
  /**
   * Path on the app-server host, without credential-file contents.
   */
  readonly credentialFile?: string | null
  readonly location?: string | null
  readonly projectId?: string | null
  readonly type: "gcp"
}
const $ProviderSettings = lazy("ProviderSettings", (): Schema.Schema<ProviderSettings> => Schema.Union(Schema.Struct({
  type: Schema.Literal("openai")
}), Schema.Struct({
  auth: $GatewayAuth(),
  type: Schema.Literal("customGateway")
}), Schema.Struct({
  profile: optional(Schema.NullOr(Schema.String)),
  region: optional(Schema.NullOr(Schema.String)),
  type: Schema.Literal("bedrock")
}), Schema.Struct({
  credentialFile: optional(Schema.NullOr(Schema.String)),
  location: optional(Schema.NullOr(Schema.String)),
  projectId: optional(Schema.NullOr(Schema.String)),
  type: Schema.Literal("gcp")
})))
/**
 * The schema of {@link ProviderSettings}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ProviderSettings: Schema.Schema<ProviderSettings> = exported("ProviderSettings", $ProviderSettings)

/**
 * The `ModelProviderSummary` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ModelProviderSummary {
  /**
   * Null when the endpoint is absent or cannot be safely displayed.
   */
  readonly baseUrl?: string | null
  /**
   * Whether a supported configuration field can be edited in the active user layer.
   */
  readonly canEdit: boolean
  readonly id: string
  readonly name: string
  readonly settings: ProviderSettings
}
const $ModelProviderSummary = lazy("ModelProviderSummary", (): Schema.Schema<ModelProviderSummary> => Schema.Struct({
  baseUrl: optional(Schema.NullOr(Schema.String)),
  canEdit: Schema.Boolean,
  id: Schema.String,
  name: Schema.String,
  settings: $ProviderSettings()
}))
/**
 * The schema of {@link ModelProviderSummary}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ModelProviderSummary: Schema.Schema<ModelProviderSummary> = exported("ModelProviderSummary", $ModelProviderSummary)

/**
 * The `ModelProviderConfigWriteResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ModelProviderConfigWriteResponse {
  readonly provider: ModelProviderSummary
}
const $ModelProviderConfigWriteResponse = lazy("ModelProviderConfigWriteResponse", (): Schema.Schema<ModelProviderConfigWriteResponse> => Schema.Struct({
  provider: $ModelProviderSummary()
}))
/**
 * The schema of {@link ModelProviderConfigWriteResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ModelProviderConfigWriteResponse: Schema.Schema<ModelProviderConfigWriteResponse> = exported("ModelProviderConfigWriteResponse", $ModelProviderConfigWriteResponse)

/**
 * Structured JSON-RPC error data. Unknown errors must retain the client's normal fallback.
 *
 * @since 0.1.0
 * @category models
 */
export type ModelProviderError = {
  readonly currentModelProvider: string
  readonly modelProvider: string
  readonly type: "modelProviderMismatch"
} | {
  readonly modelProvider: string
  readonly type: "modelProviderNotConfigured"
} | {
  readonly modelProvider: string
  readonly requiredModelProvider: string
  readonly type: "modelProviderPolicyConflict"
}
const $ModelProviderError = lazy("ModelProviderError", (): Schema.Schema<ModelProviderError> => Schema.Union(Schema.Struct({
  currentModelProvider: Schema.String,
  modelProvider: Schema.String,
  type: Schema.Literal("modelProviderMismatch")
}), Schema.Struct({
  modelProvider: Schema.String,
  type: Schema.Literal("modelProviderNotConfigured")
}), Schema.Struct({
  modelProvider: Schema.String,
  requiredModelProvider: Schema.String,
  type: Schema.Literal("modelProviderPolicyConflict")
})))
/**
 * The schema of {@link ModelProviderError}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ModelProviderError: Schema.Schema<ModelProviderError> = exported("ModelProviderError", $ModelProviderError)

/**
 * The `ModelProviderListResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ModelProviderListResponse {
  readonly canChangeDefault: boolean
  readonly data: ReadonlyArray<ModelProviderSummary>
  readonly defaultProviderId: string
}
const $ModelProviderListResponse = lazy("ModelProviderListResponse", (): Schema.Schema<ModelProviderListResponse> => Schema.Struct({
  canChangeDefault: Schema.Boolean,
  data: Schema.Array($ModelProviderSummary()),
  defaultProviderId: Schema.String
}))
/**
 * The schema of {@link ModelProviderListResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ModelProviderListResponse: Schema.Schema<ModelProviderListResponse> = exported("ModelProviderListResponse", $ModelProviderListResponse)

/**
 * The `ModelRerouteReason` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ModelRerouteReason = "highRiskCyberActivity"
const $ModelRerouteReason = lazy("ModelRerouteReason", (): Schema.Schema<ModelRerouteReason> => Schema.Literal("highRiskCyberActivity"))
/**
 * The schema of {@link ModelRerouteReason}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ModelRerouteReason: Schema.Schema<ModelRerouteReason> = exported("ModelRerouteReason", $ModelRerouteReason)

/**
 * The `ModelReroutedNotification` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ModelReroutedNotification {
  readonly fromModel: string
  readonly reason: ModelRerouteReason
  readonly threadId: string
  readonly toModel: string
  readonly turnId: string
}
const $ModelReroutedNotification = lazy("ModelReroutedNotification", (): Schema.Schema<ModelReroutedNotification> => Schema.Struct({
  fromModel: Schema.String,
  reason: $ModelRerouteReason(),
  threadId: Schema.String,
  toModel: Schema.String,
  turnId: Schema.String
}))
/**
 * The schema of {@link ModelReroutedNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ModelReroutedNotification: Schema.Schema<ModelReroutedNotification> = exported("ModelReroutedNotification", $ModelReroutedNotification)

/**
 * The `ModelSafetyBufferingUpdatedNotification` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ModelSafetyBufferingUpdatedNotification {
  readonly fasterModel?: string | null
  readonly model: string
  readonly reasons: ReadonlyArray<string>
  readonly showBufferingUi: boolean
  readonly threadId: string
  readonly turnId: string
  readonly useCases: ReadonlyArray<string>
}
const $ModelSafetyBufferingUpdatedNotification = lazy("ModelSafetyBufferingUpdatedNotification", (): Schema.Schema<ModelSafetyBufferingUpdatedNotification> => Schema.Struct({
  fasterModel: optional(Schema.NullOr(Schema.String)),
  model: Schema.String,
  reasons: Schema.Array(Schema.String),
  showBufferingUi: Schema.Boolean,
  threadId: Schema.String,
  turnId: Schema.String,
  useCases: Schema.Array(Schema.String)
}))
/**
 * The schema of {@link ModelSafetyBufferingUpdatedNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ModelSafetyBufferingUpdatedNotification: Schema.Schema<ModelSafetyBufferingUpdatedNotification> = exported("ModelSafetyBufferingUpdatedNotification", $ModelSafetyBufferingUpdatedNotification)

/**
 * The `ModelVerification` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ModelVerification = "trustedAccessForCyber"
const $ModelVerification = lazy("ModelVerification", (): Schema.Schema<ModelVerification> => Schema.Literal("trustedAccessForCyber"))
/**
 * The schema of {@link ModelVerification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ModelVerification: Schema.Schema<ModelVerification> = exported("ModelVerification", $ModelVerification)

/**
 * The `ModelVerificationNotification` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ModelVerificationNotification {
  readonly threadId: string
  readonly turnId: string
  readonly verifications: ReadonlyArray<ModelVerification>
}
const $ModelVerificationNotification = lazy("ModelVerificationNotification", (): Schema.Schema<ModelVerificationNotification> => Schema.Struct({
  threadId: Schema.String,
  turnId: Schema.String,
  verifications: Schema.Array($ModelVerification())
}))
/**
 * The schema of {@link ModelVerificationNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ModelVerificationNotification: Schema.Schema<ModelVerificationNotification> = exported("ModelVerificationNotification", $ModelVerificationNotification)

/**
 * The `NullableGatewayOAuthLoginParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type NullableGatewayOAuthLoginParams = GatewayOAuthLoginParams | null
const $NullableGatewayOAuthLoginParams = lazy("NullableGatewayOAuthLoginParams", (): Schema.Schema<NullableGatewayOAuthLoginParams> => Schema.NullOr($GatewayOAuthLoginParams()))
/**
 * The schema of {@link NullableGatewayOAuthLoginParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const NullableGatewayOAuthLoginParams: Schema.Schema<NullableGatewayOAuthLoginParams> = exported("NullableGatewayOAuthLoginParams", $NullableGatewayOAuthLoginParams)

/**
 * The `NullableGatewayOAuthReadParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type NullableGatewayOAuthReadParams = GatewayOAuthReadParams | null
const $NullableGatewayOAuthReadParams = lazy("NullableGatewayOAuthReadParams", (): Schema.Schema<NullableGatewayOAuthReadParams> => Schema.NullOr($GatewayOAuthReadParams()))
/**
 * The schema of {@link NullableGatewayOAuthReadParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const NullableGatewayOAuthReadParams: Schema.Schema<NullableGatewayOAuthReadParams> = exported("NullableGatewayOAuthReadParams", $NullableGatewayOAuthReadParams)

/**
 * The `NullableGetAccountRateLimitsParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type NullableGetAccountRateLimitsParams = GetAccountRateLimitsParams | null
const $NullableGetAccountRateLimitsParams = lazy("NullableGetAccountRateLimitsParams", (): Schema.Schema<NullableGetAccountRateLimitsParams> => Schema.NullOr($GetAccountRateLimitsParams()))
/**
 * The schema of {@link NullableGetAccountRateLimitsParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const NullableGetAccountRateLimitsParams: Schema.Schema<NullableGetAccountRateLimitsParams> = exported("NullableGetAccountRateLimitsParams", $NullableGetAccountRateLimitsParams)

/**
 * The `NullableGetAccountTokenUsageParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type NullableGetAccountTokenUsageParams = GetAccountTokenUsageParams | null
const $NullableGetAccountTokenUsageParams = lazy("NullableGetAccountTokenUsageParams", (): Schema.Schema<NullableGetAccountTokenUsageParams> => Schema.NullOr($GetAccountTokenUsageParams()))
/**
 * The schema of {@link NullableGetAccountTokenUsageParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const NullableGetAccountTokenUsageParams: Schema.Schema<NullableGetAccountTokenUsageParams> = exported("NullableGetAccountTokenUsageParams", $NullableGetAccountTokenUsageParams)

/**
 * The `NullableRemoteControlDisableParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type NullableRemoteControlDisableParams = RemoteControlDisableParams | null
const $NullableRemoteControlDisableParams = lazy("NullableRemoteControlDisableParams", (): Schema.Schema<NullableRemoteControlDisableParams> => Schema.NullOr($RemoteControlDisableParams()))
/**
 * The schema of {@link NullableRemoteControlDisableParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const NullableRemoteControlDisableParams: Schema.Schema<NullableRemoteControlDisableParams> = exported("NullableRemoteControlDisableParams", $NullableRemoteControlDisableParams)

/**
 * The `NullableRemoteControlEnableParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type NullableRemoteControlEnableParams = RemoteControlEnableParams | null
const $NullableRemoteControlEnableParams = lazy("NullableRemoteControlEnableParams", (): Schema.Schema<NullableRemoteControlEnableParams> => Schema.NullOr($RemoteControlEnableParams()))
/**
 * The schema of {@link NullableRemoteControlEnableParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const NullableRemoteControlEnableParams: Schema.Schema<NullableRemoteControlEnableParams> = exported("NullableRemoteControlEnableParams", $NullableRemoteControlEnableParams)

/**
 * The `PermissionGrantScope` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type PermissionGrantScope = "turn" | "session"
const $PermissionGrantScope = lazy("PermissionGrantScope", (): Schema.Schema<PermissionGrantScope> => Schema.Literal("turn", "session"))
/**
 * The schema of {@link PermissionGrantScope}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PermissionGrantScope: Schema.Schema<PermissionGrantScope> = exported("PermissionGrantScope", $PermissionGrantScope)

/**
 * The `PermissionProfileSummary` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface PermissionProfileSummary {
  /**
   * Whether the effective requirements allow selecting this profile.
   */
  readonly allowed: boolean
  /**
   * Optional user-facing description for display in clients.
   */
  readonly description?: string | null
  /**
   * Available permission profile identifier.
   */
  readonly id: string
}
const $PermissionProfileSummary = lazy("PermissionProfileSummary", (): Schema.Schema<PermissionProfileSummary> => Schema.Struct({
  allowed: Schema.Boolean,
  description: optional(Schema.NullOr(Schema.String)),
  id: Schema.String
}))
/**
 * The schema of {@link PermissionProfileSummary}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PermissionProfileSummary: Schema.Schema<PermissionProfileSummary> = exported("PermissionProfileSummary", $PermissionProfileSummary)

/**
 * The `PermissionProfileListResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface PermissionProfileListResponse {
  readonly data: ReadonlyArray<PermissionProfileSummary>
  /**
   * Opaque cursor to pass to the next call to continue after the last item. If None, there are no more items to return.
   */
  readonly nextCursor?: string | null
}
const $PermissionProfileListResponse = lazy("PermissionProfileListResponse", (): Schema.Schema<PermissionProfileListResponse> => Schema.Struct({
  data: Schema.Array($PermissionProfileSummary()),
  nextCursor: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link PermissionProfileListResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PermissionProfileListResponse: Schema.Schema<PermissionProfileListResponse> = exported("PermissionProfileListResponse", $PermissionProfileListResponse)

/**
 * The `PermissionsRequestApprovalParams` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface PermissionsRequestApprovalParams {
  readonly cwd: LegacyAppPathString
  readonly environmentId?: string | null
  readonly itemId: string
  readonly permissions: RequestPermissionProfile
  readonly reason?: string | null
  /**
   * Unix timestamp (in milliseconds) when this approval request started.
   */
  readonly startedAtMs: number
  readonly threadId: string
  readonly turnId: string
}
const $PermissionsRequestApprovalParams = lazy("PermissionsRequestApprovalParams", (): Schema.Schema<PermissionsRequestApprovalParams> => Schema.Struct({
  cwd: $LegacyAppPathString(),
  environmentId: optional(Schema.NullOr(Schema.String)),
  itemId: Schema.String,
  permissions: $RequestPermissionProfile(),
  reason: optional(Schema.NullOr(Schema.String)),
  startedAtMs: Schema.Number,
  threadId: Schema.String,
  turnId: Schema.String
}))
/**
 * The schema of {@link PermissionsRequestApprovalParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PermissionsRequestApprovalParams: Schema.Schema<PermissionsRequestApprovalParams> = exported("PermissionsRequestApprovalParams", $PermissionsRequestApprovalParams)

/**
 * The `PermissionsRequestApprovalResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface PermissionsRequestApprovalResponse {
  readonly permissions: GrantedPermissionProfile
  readonly scope?: PermissionGrantScope
  /**
   * Review every subsequent command in this turn before normal sandboxed execution.
   */
  readonly strictAutoReview?: boolean | null
}
const $PermissionsRequestApprovalResponse = lazy("PermissionsRequestApprovalResponse", (): Schema.Schema<PermissionsRequestApprovalResponse> => Schema.Struct({
  permissions: $GrantedPermissionProfile(),
  scope: optional($PermissionGrantScope()),
  strictAutoReview: optional(Schema.NullOr(Schema.Boolean))
}))
/**
 * The schema of {@link PermissionsRequestApprovalResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PermissionsRequestApprovalResponse: Schema.Schema<PermissionsRequestApprovalResponse> = exported("PermissionsRequestApprovalResponse", $PermissionsRequestApprovalResponse)

/**
 * EXPERIMENTAL - proposed plan streaming deltas for plan items. Clients should not assume concatenated deltas match the completed plan item content.
 *
 * @since 0.1.0
 * @category models
 */
export interface PlanDeltaNotification {
  readonly delta: string
  readonly itemId: string
  readonly threadId: string
  readonly turnId: string
}
const $PlanDeltaNotification = lazy("PlanDeltaNotification", (): Schema.Schema<PlanDeltaNotification> => Schema.Struct({
  delta: Schema.String,
  itemId: Schema.String,
  threadId: Schema.String,
  turnId: Schema.String
}))
/**
 * The schema of {@link PlanDeltaNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PlanDeltaNotification: Schema.Schema<PlanDeltaNotification> = exported("PlanDeltaNotification", $PlanDeltaNotification)

/**
 * The `PluginAuthPolicy` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type PluginAuthPolicy = "ON_INSTALL" | "ON_USE" | (string & {})
const $PluginAuthPolicy = lazy("PluginAuthPolicy", (): Schema.Schema<PluginAuthPolicy> => Schema.Union(Schema.Literal("ON_INSTALL", "ON_USE"), Schema.String))
/**
 * The schema of {@link PluginAuthPolicy}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PluginAuthPolicy: Schema.Schema<PluginAuthPolicy> = exported("PluginAuthPolicy", $PluginAuthPolicy)

/**
 * The `PluginAvailability` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type PluginAvailability = "DISABLED_BY_ADMIN" | "AVAILABLE"
const $PluginAvailability = lazy("PluginAvailability", (): Schema.Schema<PluginAvailability> => Schema.Union(Schema.Literal("DISABLED_BY_ADMIN"), Schema.Literal("AVAILABLE")))
/**
 * The schema of {@link PluginAvailability}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PluginAvailability: Schema.Schema<PluginAvailability> = exported("PluginAvailability", $PluginAvailability)

/**
 * The `PluginHookSummary` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface PluginHookSummary {
  readonly eventName: HookEventName
  readonly key: string
}
const $PluginHookSummary = lazy("PluginHookSummary", (): Schema.Schema<PluginHookSummary> => Schema.Struct({
  eventName: $HookEventName(),
  key: Schema.String
}))
/**
 * The schema of {@link PluginHookSummary}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PluginHookSummary: Schema.Schema<PluginHookSummary> = exported("PluginHookSummary", $PluginHookSummary)

/**
 * The `PluginDisabledReason` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type PluginDisabledReason = "disabled_by_admin" | "plan_not_eligible" | "required_app_unavailable" | "unknown" | (string & {})
const $PluginDisabledReason = lazy("PluginDisabledReason", (): Schema.Schema<PluginDisabledReason> => Schema.Union(Schema.Literal("disabled_by_admin", "plan_not_eligible", "required_app_unavailable", "unknown"), Schema.String))
/**
 * The schema of {@link PluginDisabledReason}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PluginDisabledReason: Schema.Schema<PluginDisabledReason> = exported("PluginDisabledReason", $PluginDisabledReason)

/**
 * The `PluginInstallPolicy` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type PluginInstallPolicy = "NOT_AVAILABLE" | "AVAILABLE" | "INSTALLED_BY_DEFAULT" | (string & {})
const $PluginInstallPolicy = lazy("PluginInstallPolicy", (): Schema.Schema<PluginInstallPolicy> => Schema.Union(Schema.Literal("NOT_AVAILABLE", "AVAILABLE", "INSTALLED_BY_DEFAULT"), Schema.String))
/**
 * The schema of {@link PluginInstallPolicy}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PluginInstallPolicy: Schema.Schema<PluginInstallPolicy> = exported("PluginInstallPolicy", $PluginInstallPolicy)

/**
 * The `PluginInstallPolicySource` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type PluginInstallPolicySource = "WORKSPACE_SETTING" | "IMPLICIT_CANONICAL_APP" | (string & {})
const $PluginInstallPolicySource = lazy("PluginInstallPolicySource", (): Schema.Schema<PluginInstallPolicySource> => Schema.Union(Schema.Literal("WORKSPACE_SETTING", "IMPLICIT_CANONICAL_APP"), Schema.String))
/**
 * The schema of {@link PluginInstallPolicySource}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PluginInstallPolicySource: Schema.Schema<PluginInstallPolicySource> = exported("PluginInstallPolicySource", $PluginInstallPolicySource)

/**
 * The `PluginInterface` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface PluginInterface {
  readonly brandColor?: string | null
  readonly capabilities: ReadonlyArray<string>
  readonly category?: string | null
  /**
   * Local composer icon path, resolved from the installed plugin package.
   */
  readonly composerIcon?: AbsolutePathBuf | null
  /**
   * Remote composer icon URL from the plugin catalog.
   */
  readonly composerIconUrl?: string | null
  /**
   * Starter prompts for the plugin. Capped at 3 entries with a maximum of 512 characters per entry.
   */
  readonly defaultPrompt?: ReadonlyArray<string> | null
  readonly developerName?: string | null
  readonly displayName?: string | null
  /**
   * Local logo path, resolved from the installed plugin package.
   */
  readonly logo?: AbsolutePathBuf | null
  /**
   * Local dark-mode logo path, resolved from the installed plugin package.
   */
  readonly logoDark?: AbsolutePathBuf | null
  /**
   * Remote logo URL from the plugin catalog.
   */
  readonly logoUrl?: string | null
  /**
   * Remote dark-mode logo URL from the plugin catalog.
   */
  readonly logoUrlDark?: string | null
  readonly longDescription?: string | null
  readonly privacyPolicyUrl?: string | null
  /**
   * Remote screenshot URLs from the plugin catalog.
   */
  readonly screenshotUrls: ReadonlyArray<string>
  /**
   * Local screenshot paths, resolved from the installed plugin package.
   */
  readonly screenshots: ReadonlyArray<AbsolutePathBuf>
  readonly shortDescription?: string | null
  readonly termsOfServiceUrl?: string | null
  readonly websiteUrl?: string | null
}
const $PluginInterface = lazy("PluginInterface", (): Schema.Schema<PluginInterface> => Schema.Struct({
  brandColor: optional(Schema.NullOr(Schema.String)),
  capabilities: Schema.Array(Schema.String),
  category: optional(Schema.NullOr(Schema.String)),
  composerIcon: optional(Schema.NullOr($AbsolutePathBuf())),
  composerIconUrl: optional(Schema.NullOr(Schema.String)),
  defaultPrompt: optional(Schema.NullOr(Schema.Array(Schema.String))),
  developerName: optional(Schema.NullOr(Schema.String)),
  displayName: optional(Schema.NullOr(Schema.String)),
  logo: optional(Schema.NullOr($AbsolutePathBuf())),
  logoDark: optional(Schema.NullOr($AbsolutePathBuf())),
  logoUrl: optional(Schema.NullOr(Schema.String)),
  logoUrlDark: optional(Schema.NullOr(Schema.String)),
  longDescription: optional(Schema.NullOr(Schema.String)),
  privacyPolicyUrl: optional(Schema.NullOr(Schema.String)),
  screenshotUrls: Schema.Array(Schema.String),
  screenshots: Schema.Array($AbsolutePathBuf()),
  shortDescription: optional(Schema.NullOr(Schema.String)),
  termsOfServiceUrl: optional(Schema.NullOr(Schema.String)),
  websiteUrl: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link PluginInterface}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PluginInterface: Schema.Schema<PluginInterface> = exported("PluginInterface", $PluginInterface)

/**
 * The `PluginSharePrincipalRole` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type PluginSharePrincipalRole = "reader" | "editor" | "owner" | (string & {})
const $PluginSharePrincipalRole = lazy("PluginSharePrincipalRole", (): Schema.Schema<PluginSharePrincipalRole> => Schema.Union(Schema.Literal("reader", "editor", "owner"), Schema.String))
/**
 * The schema of {@link PluginSharePrincipalRole}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PluginSharePrincipalRole: Schema.Schema<PluginSharePrincipalRole> = exported("PluginSharePrincipalRole", $PluginSharePrincipalRole)

/**
 * The `PluginSharePrincipal` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface PluginSharePrincipal {
  readonly name: string
  readonly principalId: string
  readonly principalType: PluginSharePrincipalType
  readonly role: PluginSharePrincipalRole
}
const $PluginSharePrincipal = lazy("PluginSharePrincipal", (): Schema.Schema<PluginSharePrincipal> => Schema.Struct({
  name: Schema.String,
  principalId: Schema.String,
  principalType: $PluginSharePrincipalType(),
  role: $PluginSharePrincipalRole()
}))
/**
 * The schema of {@link PluginSharePrincipal}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PluginSharePrincipal: Schema.Schema<PluginSharePrincipal> = exported("PluginSharePrincipal", $PluginSharePrincipal)

/**
 * The `PluginShareContext` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface PluginShareContext {
  readonly canPublishToWorkspace?: boolean | null
  readonly creatorAccountUserId?: string | null
  readonly creatorName?: string | null
  readonly discoverability?: PluginShareDiscoverability | null
  readonly remotePluginId: string
  /**
   * Version of the remote shared plugin release when available.
   */
  readonly remoteVersion?: string | null
  readonly sharePrincipals?: ReadonlyArray<PluginSharePrincipal> | null
  readonly shareUrl?: string | null
}
const $PluginShareContext = lazy("PluginShareContext", (): Schema.Schema<PluginShareContext> => Schema.Struct({
  canPublishToWorkspace: optional(Schema.NullOr(Schema.Boolean)),
  creatorAccountUserId: optional(Schema.NullOr(Schema.String)),
  creatorName: optional(Schema.NullOr(Schema.String)),
  discoverability: optional(Schema.NullOr($PluginShareDiscoverability())),
  remotePluginId: Schema.String,
  remoteVersion: optional(Schema.NullOr(Schema.String)),
  sharePrincipals: optional(Schema.NullOr(Schema.Array($PluginSharePrincipal()))),
  shareUrl: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link PluginShareContext}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PluginShareContext: Schema.Schema<PluginShareContext> = exported("PluginShareContext", $PluginShareContext)

/**
 * The `PluginSource` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type PluginSource = {
  readonly path: AbsolutePathBuf
  readonly type: "local"
} | {
  readonly path?: string | null
  readonly refName?: string | null
  readonly sha?: string | null
  readonly type: "git"
  readonly url: string
} | {
  readonly package: string
  /**
   * Optional HTTPS registry URL. Authentication stays in the user's npm config.
   */
  readonly registry?: string | null
  readonly type: "npm"
  /**
   * Optional npm version or version range.
   */
  readonly version?: string | null
} | {
  readonly type: "remote"
}
const $PluginSource = lazy("PluginSource", (): Schema.Schema<PluginSource> => Schema.Union(Schema.Struct({
  path: $AbsolutePathBuf(),
  type: Schema.Literal("local")
}), Schema.Struct({
  path: optional(Schema.NullOr(Schema.String)),
  refName: optional(Schema.NullOr(Schema.String)),
  sha: optional(Schema.NullOr(Schema.String)),
  type: Schema.Literal("git"),
  url: Schema.String
}), Schema.Struct({
  package: Schema.String,
  registry: optional(Schema.NullOr(Schema.String)),
  type: Schema.Literal("npm"),
  version: optional(Schema.NullOr(Schema.String))
}), Schema.Struct({
  type: Schema.Literal("remote")
})))
/**
 * The schema of {@link PluginSource}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PluginSource: Schema.Schema<PluginSource> = exported("PluginSource", $PluginSource)

/**
 * The `PluginSummary` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface PluginSummary {
  readonly authPolicy: PluginAuthPolicy
  /**
   * Availability state for installing and using the plugin.
   */
  readonly availability?: PluginAvailability
  /**
   * Why the remote plugin is unavailable, when provided by plugin-service.
   */
  readonly disabledReason?: PluginDisabledReason | null
  /**
   * Raw plugin-service plan identifiers eligible to install the plugin.
   */
  readonly eligiblePlanTypes?: ReadonlyArray<string> | null
  readonly enabled: boolean
  readonly id: string
  readonly installPolicy: PluginInstallPolicy
  readonly installPolicySource?: PluginInstallPolicySource | null
  readonly installed: boolean
  /**
   * Unix timestamp in seconds when the remote plugin was installed, when available.
   */
  readonly installedAt?: number | null
  readonly interface?: PluginInterface | null
  readonly keywords?: ReadonlyArray<string>
  /**
   * Version of the locally materialized plugin package when available.
   */
  readonly localVersion?: string | null
  readonly mustShowInstallationInterstitial?: boolean | null
  readonly name: string
  /**
   * Backend remote plugin identifier when available.
   */
  readonly remotePluginId?: string | null
  /**
   * Remote sharing context associated with this plugin when available.
   */
  readonly shareContext?: PluginShareContext | null
  readonly source: PluginSource
  /**
   * Version advertised by the remote marketplace backend when available.
   */
  readonly version?: string | null
}
const $PluginSummary = lazy("PluginSummary", (): Schema.Schema<PluginSummary> => Schema.Struct({
  authPolicy: $PluginAuthPolicy(),
  availability: optional($PluginAvailability()),
  disabledReason: optional(Schema.NullOr($PluginDisabledReason())),
  eligiblePlanTypes: optional(Schema.NullOr(Schema.Array(Schema.String))),
  enabled: Schema.Boolean,
  id: Schema.String,
  installPolicy: $PluginInstallPolicy(),
  installPolicySource: optional(Schema.NullOr($PluginInstallPolicySource())),
  installed: Schema.Boolean,
  installedAt: optional(Schema.NullOr(Schema.Number)),
  interface: optional(Schema.NullOr($PluginInterface())),
  keywords: optional(Schema.Array(Schema.String)),
  localVersion: optional(Schema.NullOr(Schema.String)),
  mustShowInstallationInterstitial: optional(Schema.NullOr(Schema.Boolean)),
  name: Schema.String,
  remotePluginId: optional(Schema.NullOr(Schema.String)),
  shareContext: optional(Schema.NullOr($PluginShareContext())),
  source: $PluginSource(),
  version: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link PluginSummary}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PluginSummary: Schema.Schema<PluginSummary> = exported("PluginSummary", $PluginSummary)

/**
 * The `ScheduledTaskWeekday` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ScheduledTaskWeekday = "MO" | "TU" | "WE" | "TH" | "FR" | "SA" | "SU" | (string & {})
const $ScheduledTaskWeekday = lazy("ScheduledTaskWeekday", (): Schema.Schema<ScheduledTaskWeekday> => Schema.Union(Schema.Literal("MO", "TU", "WE", "TH", "FR", "SA", "SU"), Schema.String))
/**
 * The schema of {@link ScheduledTaskWeekday}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ScheduledTaskWeekday: Schema.Schema<ScheduledTaskWeekday> = exported("ScheduledTaskWeekday", $ScheduledTaskWeekday)

/**
 * The `ScheduledTaskSchedule` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ScheduledTaskSchedule = {
  readonly days?: ReadonlyArray<ScheduledTaskWeekday> | null
  readonly intervalHours: number
  readonly type: "hourly"
} | {
  readonly time: string
  readonly type: "daily"
} | {
  readonly time: string
  readonly type: "weekdays"
} | {
  readonly days: ReadonlyArray<ScheduledTaskWeekday>
  readonly time: string
  readonly type: "weekly"
}
const $ScheduledTaskSchedule = lazy("ScheduledTaskSchedule", (): Schema.Schema<ScheduledTaskSchedule> => Schema.Union(Schema.Struct({
  days: optional(Schema.NullOr(Schema.Array($ScheduledTaskWeekday()))),
  intervalHours: Schema.Int,
  type: Schema.Literal("hourly")
}), Schema.Struct({
  time: Schema.String,
  type: Schema.Literal("daily")
}), Schema.Struct({
  time: Schema.String,
  type: Schema.Literal("weekdays")
}), Schema.Struct({
  days: Schema.Array($ScheduledTaskWeekday()),
  time: Schema.String,
  type: Schema.Literal("weekly")
})))
/**
 * The schema of {@link ScheduledTaskSchedule}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ScheduledTaskSchedule: Schema.Schema<ScheduledTaskSchedule> = exported("ScheduledTaskSchedule", $ScheduledTaskSchedule)

/**
 * The `ScheduledTaskSummary` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ScheduledTaskSummary {
  readonly key: string
  readonly name: string
  readonly prompt: string
  readonly schedule: ScheduledTaskSchedule
}
const $ScheduledTaskSummary = lazy("ScheduledTaskSummary", (): Schema.Schema<ScheduledTaskSummary> => Schema.Struct({
  key: Schema.String,
  name: Schema.String,
  prompt: Schema.String,
  schedule: $ScheduledTaskSchedule()
}))
/**
 * The schema of {@link ScheduledTaskSummary}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ScheduledTaskSummary: Schema.Schema<ScheduledTaskSummary> = exported("ScheduledTaskSummary", $ScheduledTaskSummary)

/**
 * The `SkillInterface` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface SkillInterface {
  readonly brandColor?: string | null
  readonly defaultPrompt?: string | null
  readonly displayName?: string | null
  readonly iconLarge?: AbsolutePathBuf | null
  /**
   * Remote large icon URL from the plugin catalog.
   */
  readonly iconLargeUrl?: string | null
  readonly iconSmall?: AbsolutePathBuf | null
  /**
   * Remote small icon URL from the plugin catalog.
   */
  readonly iconSmallUrl?: string | null
  readonly shortDescription?: string | null
}
const $SkillInterface = lazy("SkillInterface", (): Schema.Schema<SkillInterface> => Schema.Struct({
  brandColor: optional(Schema.NullOr(Schema.String)),
  defaultPrompt: optional(Schema.NullOr(Schema.String)),
  displayName: optional(Schema.NullOr(Schema.String)),
  iconLarge: optional(Schema.NullOr($AbsolutePathBuf())),
  iconLargeUrl: optional(Schema.NullOr(Schema.String)),
  iconSmall: optional(Schema.NullOr($AbsolutePathBuf())),
  iconSmallUrl: optional(Schema.NullOr(Schema.String)),
  shortDescription: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link SkillInterface}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SkillInterface: Schema.Schema<SkillInterface> = exported("SkillInterface", $SkillInterface)

/**
 * The `SkillSummary` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface SkillSummary {
  readonly description: string
  readonly enabled: boolean
  readonly interface?: SkillInterface | null
  readonly name: string
  readonly path?: LegacyAppPathString | null
  readonly shortDescription?: string | null
}
const $SkillSummary = lazy("SkillSummary", (): Schema.Schema<SkillSummary> => Schema.Struct({
  description: Schema.String,
  enabled: Schema.Boolean,
  interface: optional(Schema.NullOr($SkillInterface())),
  name: Schema.String,
  path: optional(Schema.NullOr($LegacyAppPathString())),
  shortDescription: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link SkillSummary}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SkillSummary: Schema.Schema<SkillSummary> = exported("SkillSummary", $SkillSummary)

/**
 * The `PluginDetail` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface PluginDetail {
  readonly appTemplates: ReadonlyArray<AppTemplateSummary>
  readonly apps: ReadonlyArray<AppSummary>
  readonly description?: string | null
  readonly hooks: ReadonlyArray<PluginHookSummary>
  readonly marketplaceName: string
  readonly marketplacePath?: AbsolutePathBuf | null
  readonly mcpServers: ReadonlyArray<string>
  /**
   * The declared onboarding skill, when the plugin and visible skill are enabled.
   */
  readonly onboardingSkill?: SkillSummary | null
  readonly scheduledTasks?: ReadonlyArray<ScheduledTaskSummary> | null
  readonly shareUrl?: string | null
  readonly skills: ReadonlyArray<SkillSummary>
  readonly summary: PluginSummary
}
const $PluginDetail = lazy("PluginDetail", (): Schema.Schema<PluginDetail> => Schema.Struct({
  appTemplates: Schema.Array($AppTemplateSummary()),
  apps: Schema.Array($AppSummary()),
  description: optional(Schema.NullOr(Schema.String)),
  hooks: Schema.Array($PluginHookSummary()),
  marketplaceName: Schema.String,
  marketplacePath: optional(Schema.NullOr($AbsolutePathBuf())),
  mcpServers: Schema.Array(Schema.String),
  onboardingSkill: optional(Schema.NullOr($SkillSummary())),
  scheduledTasks: optional(Schema.NullOr(Schema.Array($ScheduledTaskSummary()))),
  shareUrl: optional(Schema.NullOr(Schema.String)),
  skills: Schema.Array($SkillSummary()),
  summary: $PluginSummary()
}))
/**
 * The schema of {@link PluginDetail}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PluginDetail: Schema.Schema<PluginDetail> = exported("PluginDetail", $PluginDetail)

/**
 * The `PluginInstallResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface PluginInstallResponse {
  readonly appsNeedingAuth: ReadonlyArray<AppSummary>
  readonly authPolicy: PluginAuthPolicy
}
const $PluginInstallResponse = lazy("PluginInstallResponse", (): Schema.Schema<PluginInstallResponse> => Schema.Struct({
  appsNeedingAuth: Schema.Array($AppSummary()),
  authPolicy: $PluginAuthPolicy()
}))
/**
 * The schema of {@link PluginInstallResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PluginInstallResponse: Schema.Schema<PluginInstallResponse> = exported("PluginInstallResponse", $PluginInstallResponse)

/**
 * The `PluginMarketplaceEntry` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface PluginMarketplaceEntry {
  readonly interface?: MarketplaceInterface | null
  readonly name: string
  /**
   * Local marketplace file path when the marketplace is backed by a local file. Remote-only catalog marketplaces do not have a local path.
   */
  readonly path?: AbsolutePathBuf | null
  readonly plugins: ReadonlyArray<PluginSummary>
}
const $PluginMarketplaceEntry = lazy("PluginMarketplaceEntry", (): Schema.Schema<PluginMarketplaceEntry> => Schema.Struct({
  interface: optional(Schema.NullOr($MarketplaceInterface())),
  name: Schema.String,
  path: optional(Schema.NullOr($AbsolutePathBuf())),
  plugins: Schema.Array($PluginSummary())
}))
/**
 * The schema of {@link PluginMarketplaceEntry}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PluginMarketplaceEntry: Schema.Schema<PluginMarketplaceEntry> = exported("PluginMarketplaceEntry", $PluginMarketplaceEntry)

/**
 * The `PluginInstalledResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface PluginInstalledResponse {
  readonly marketplaceLoadErrors?: ReadonlyArray<MarketplaceLoadErrorInfo>
  readonly marketplaces: ReadonlyArray<PluginMarketplaceEntry>
}
const $PluginInstalledResponse = lazy("PluginInstalledResponse", (): Schema.Schema<PluginInstalledResponse> => Schema.Struct({
  marketplaceLoadErrors: optional(Schema.Array($MarketplaceLoadErrorInfo())),
  marketplaces: Schema.Array($PluginMarketplaceEntry())
}))
/**
 * The schema of {@link PluginInstalledResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PluginInstalledResponse: Schema.Schema<PluginInstalledResponse> = exported("PluginInstalledResponse", $PluginInstalledResponse)

/**
 * The `PluginListResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface PluginListResponse {
  readonly featuredPluginIds?: ReadonlyArray<string>
  readonly marketplaceLoadErrors?: ReadonlyArray<MarketplaceLoadErrorInfo>
  readonly marketplaces: ReadonlyArray<PluginMarketplaceEntry>
}
const $PluginListResponse = lazy("PluginListResponse", (): Schema.Schema<PluginListResponse> => Schema.Struct({
  featuredPluginIds: optional(Schema.Array(Schema.String)),
  marketplaceLoadErrors: optional(Schema.Array($MarketplaceLoadErrorInfo())),
  marketplaces: Schema.Array($PluginMarketplaceEntry())
}))
/**
 * The schema of {@link PluginListResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PluginListResponse: Schema.Schema<PluginListResponse> = exported("PluginListResponse", $PluginListResponse)

/**
 * The `PluginReadResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface PluginReadResponse {
  readonly plugin: PluginDetail
}
const $PluginReadResponse = lazy("PluginReadResponse", (): Schema.Schema<PluginReadResponse> => Schema.Struct({
  plugin: $PluginDetail()
}))
/**
 * The schema of {@link PluginReadResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PluginReadResponse: Schema.Schema<PluginReadResponse> = exported("PluginReadResponse", $PluginReadResponse)

/**
 * Runtime categories affected by this change, not just capabilities currently present. Flags describe declarations before runtime policy filtering. Updates OR the old and new bundle flags; enablement changes and cached reinstalls use the cached bundle; removals retain the old bundle's flags.
 *
 * @since 0.1.0
 * @category models
 */
export interface PluginReconcileChangedPlugin {
  readonly hasApps: boolean
  readonly hasHooks: boolean
  readonly hasMcps: boolean
  /**
   * Whether either bundle declares skill roots; not a validated inventory of enabled skills.
   */
  readonly hasSkills: boolean
  /**
   * Local plugin ID (`name@marketplace`), matching `PluginSummary.id`.
   */
  readonly id: string
}
const $PluginReconcileChangedPlugin = lazy("PluginReconcileChangedPlugin", (): Schema.Schema<PluginReconcileChangedPlugin> => Schema.Struct({
  hasApps: Schema.Boolean,
  hasHooks: Schema.Boolean,
  hasMcps: Schema.Boolean,
  hasSkills: Schema.Boolean,
  id: Schema.String
}))
/**
 * The schema of {@link PluginReconcileChangedPlugin}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PluginReconcileChangedPlugin: Schema.Schema<PluginReconcileChangedPlugin> = exported("PluginReconcileChangedPlugin", $PluginReconcileChangedPlugin)

/**
 * Bundle and installed-state changes observed by this pass, not a runtime-readiness acknowledgement or a cumulative diff since the client's last request. Other metadata-only changes are not listed.
 *
 * @since 0.1.0
 * @category models
 */
export interface PluginReconcileResponse {
  /**
   * Plugins affected by bundle changes, enablement changes, or removals. Installed-state changes compare against the previous cached snapshot, including cached reinstalls. Removal hints survive cache cleanup failures; unchanged plugins are omitted.
   */
  readonly changedPlugins: ReadonlyArray<PluginReconcileChangedPlugin>
  /**
   * Subset of failures for which the requested bundle could not be materialized. A previously cached version may still be available.
   */
  readonly failedMaterializationRemotePluginIds: ReadonlyArray<string>
  /**
   * Backend remote plugin IDs whose bundle or identity update failed.
   */
  readonly failedRemotePluginIds: ReadonlyArray<string>
}
const $PluginReconcileResponse = lazy("PluginReconcileResponse", (): Schema.Schema<PluginReconcileResponse> => Schema.Struct({
  changedPlugins: Schema.Array($PluginReconcileChangedPlugin()),
  failedMaterializationRemotePluginIds: Schema.Array(Schema.String),
  failedRemotePluginIds: Schema.Array(Schema.String)
}))
/**
 * The schema of {@link PluginReconcileResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PluginReconcileResponse: Schema.Schema<PluginReconcileResponse> = exported("PluginReconcileResponse", $PluginReconcileResponse)

/**
 * The `PluginSearchResult` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface PluginSearchResult {
  readonly marketplaceName: string
  readonly marketplacePath?: AbsolutePathBuf | null
  readonly plugin: PluginSummary
}
const $PluginSearchResult = lazy("PluginSearchResult", (): Schema.Schema<PluginSearchResult> => Schema.Struct({
  marketplaceName: Schema.String,
  marketplacePath: optional(Schema.NullOr($AbsolutePathBuf())),
  plugin: $PluginSummary()
}))
/**
 * The schema of {@link PluginSearchResult}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PluginSearchResult: Schema.Schema<PluginSearchResult> = exported("PluginSearchResult", $PluginSearchResult)

/**
 * The `PluginSearchResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface PluginSearchResponse {
  readonly data: ReadonlyArray<PluginSearchResult>
  readonly nextCursor?: string | null
}
const $PluginSearchResponse = lazy("PluginSearchResponse", (): Schema.Schema<PluginSearchResponse> => Schema.Struct({
  data: Schema.Array($PluginSearchResult()),
  nextCursor: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link PluginSearchResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PluginSearchResponse: Schema.Schema<PluginSearchResponse> = exported("PluginSearchResponse", $PluginSearchResponse)

/**
 * The `PluginShareCheckoutResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface PluginShareCheckoutResponse {
  readonly marketplaceName: string
  readonly marketplacePath: AbsolutePathBuf
  readonly pluginId: string
  readonly pluginName: string
  readonly pluginPath: AbsolutePathBuf
  readonly remotePluginId: string
  readonly remoteVersion?: string | null
}
const $PluginShareCheckoutResponse = lazy("PluginShareCheckoutResponse", (): Schema.Schema<PluginShareCheckoutResponse> => Schema.Struct({
  marketplaceName: Schema.String,
  marketplacePath: $AbsolutePathBuf(),
  pluginId: Schema.String,
  pluginName: Schema.String,
  pluginPath: $AbsolutePathBuf(),
  remotePluginId: Schema.String,
  remoteVersion: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link PluginShareCheckoutResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PluginShareCheckoutResponse: Schema.Schema<PluginShareCheckoutResponse> = exported("PluginShareCheckoutResponse", $PluginShareCheckoutResponse)

/**
 * The `PluginShareDeleteResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type PluginShareDeleteResponse = { readonly [key: string]: unknown }
const $PluginShareDeleteResponse = lazy("PluginShareDeleteResponse", (): Schema.Schema<PluginShareDeleteResponse> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link PluginShareDeleteResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PluginShareDeleteResponse: Schema.Schema<PluginShareDeleteResponse> = exported("PluginShareDeleteResponse", $PluginShareDeleteResponse)

/**
 * The `PluginShareListItem` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface PluginShareListItem {
  readonly localPluginPath?: AbsolutePathBuf | null
  readonly plugin: PluginSummary
}
const $PluginShareListItem = lazy("PluginShareListItem", (): Schema.Schema<PluginShareListItem> => Schema.Struct({
  localPluginPath: optional(Schema.NullOr($AbsolutePathBuf())),
  plugin: $PluginSummary()
}))
/**
 * The schema of {@link PluginShareListItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PluginShareListItem: Schema.Schema<PluginShareListItem> = exported("PluginShareListItem", $PluginShareListItem)

/**
 * The `PluginShareListResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface PluginShareListResponse {
  readonly data: ReadonlyArray<PluginShareListItem>
}
const $PluginShareListResponse = lazy("PluginShareListResponse", (): Schema.Schema<PluginShareListResponse> => Schema.Struct({
  data: Schema.Array($PluginShareListItem())
}))
/**
 * The schema of {@link PluginShareListResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PluginShareListResponse: Schema.Schema<PluginShareListResponse> = exported("PluginShareListResponse", $PluginShareListResponse)

/**
 * The `PluginShareSaveResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface PluginShareSaveResponse {
  readonly canPublishToWorkspace?: boolean | null
  readonly remotePluginId: string
  readonly shareUrl: string
}
const $PluginShareSaveResponse = lazy("PluginShareSaveResponse", (): Schema.Schema<PluginShareSaveResponse> => Schema.Struct({
  canPublishToWorkspace: optional(Schema.NullOr(Schema.Boolean)),
  remotePluginId: Schema.String,
  shareUrl: Schema.String
}))
/**
 * The schema of {@link PluginShareSaveResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PluginShareSaveResponse: Schema.Schema<PluginShareSaveResponse> = exported("PluginShareSaveResponse", $PluginShareSaveResponse)

/**
 * The `PluginShareUpdateTargetsResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface PluginShareUpdateTargetsResponse {
  readonly discoverability: PluginShareDiscoverability
  readonly principals: ReadonlyArray<PluginSharePrincipal>
}
const $PluginShareUpdateTargetsResponse = lazy("PluginShareUpdateTargetsResponse", (): Schema.Schema<PluginShareUpdateTargetsResponse> => Schema.Struct({
  discoverability: $PluginShareDiscoverability(),
  principals: Schema.Array($PluginSharePrincipal())
}))
/**
 * The schema of {@link PluginShareUpdateTargetsResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PluginShareUpdateTargetsResponse: Schema.Schema<PluginShareUpdateTargetsResponse> = exported("PluginShareUpdateTargetsResponse", $PluginShareUpdateTargetsResponse)

/**
 * The `PluginSkillReadResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface PluginSkillReadResponse {
  readonly contents?: string | null
}
const $PluginSkillReadResponse = lazy("PluginSkillReadResponse", (): Schema.Schema<PluginSkillReadResponse> => Schema.Struct({
  contents: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link PluginSkillReadResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PluginSkillReadResponse: Schema.Schema<PluginSkillReadResponse> = exported("PluginSkillReadResponse", $PluginSkillReadResponse)

/**
 * The `PluginUninstallResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type PluginUninstallResponse = { readonly [key: string]: unknown }
const $PluginUninstallResponse = lazy("PluginUninstallResponse", (): Schema.Schema<PluginUninstallResponse> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link PluginUninstallResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const PluginUninstallResponse: Schema.Schema<PluginUninstallResponse> = exported("PluginUninstallResponse", $PluginUninstallResponse)

/**
 * Final process exit notification for `process/spawn`.
 *
 * @since 0.1.0
 * @category models
 */
export interface ProcessExitedNotification {
  /**
   * Process exit code.
   */
  readonly exitCode: number
  /**
   * Whether output collection hit its post-exit deadline before seeing EOF or reaching the requested byte cap on either stream. Older servers omit this field.
   */
  readonly outputDrainTimedOut?: boolean | null
  /**
   * Client-supplied, connection-scoped `processHandle` from `process/spawn`.
   */
  readonly processHandle: string
  /**
   * Buffered stderr capture.
   *
   * Empty when stderr was streamed via `process/outputDelta`.
   */
  readonly stderr: string
  /**
   * Whether stderr reached `outputBytesCap`.
   *
   * In streaming mode, stderr is empty and cap state is also reported on the final stderr `process/outputDelta` notification.
   */
  readonly stderrCapReached: boolean
  /**
   * Buffered stdout capture.
   *
   * Empty when stdout was streamed via `process/outputDelta`.
   */
  readonly stdout: string
  /**
   * Whether stdout reached `outputBytesCap`.
   *
   * In streaming mode, stdout is empty and cap state is also reported on the final stdout `process/outputDelta` notification.
   */
  readonly stdoutCapReached: boolean
}
const $ProcessExitedNotification = lazy("ProcessExitedNotification", (): Schema.Schema<ProcessExitedNotification> => Schema.Struct({
  exitCode: Schema.Int,
  outputDrainTimedOut: optional(Schema.NullOr(Schema.Boolean)),
  processHandle: Schema.String,
  stderr: Schema.String,
  stderrCapReached: Schema.Boolean,
  stdout: Schema.String,
  stdoutCapReached: Schema.Boolean
}))
/**
 * The schema of {@link ProcessExitedNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ProcessExitedNotification: Schema.Schema<ProcessExitedNotification> = exported("ProcessExitedNotification", $ProcessExitedNotification)

/**
 * Empty success response for `process/kill`.
 *
 * @since 0.1.0
 * @category models
 */
export type ProcessKillResponse = { readonly [key: string]: unknown }
const $ProcessKillResponse = lazy("ProcessKillResponse", (): Schema.Schema<ProcessKillResponse> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link ProcessKillResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ProcessKillResponse: Schema.Schema<ProcessKillResponse> = exported("ProcessKillResponse", $ProcessKillResponse)

/**
 * Stream label for `process/outputDelta` notifications.
 *
 * @since 0.1.0
 * @category models
 */
export type ProcessOutputStream = "stdout" | "stderr"
const $ProcessOutputStream = lazy("ProcessOutputStream", (): Schema.Schema<ProcessOutputStream> => Schema.Union(Schema.Literal("stdout"), Schema.Literal("stderr")))
/**
 * The schema of {@link ProcessOutputStream}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ProcessOutputStream: Schema.Schema<ProcessOutputStream> = exported("ProcessOutputStream", $ProcessOutputStream)

/**
 * Base64-encoded output chunk emitted for a streaming `process/spawn` request.
 *
 * @since 0.1.0
 * @category models
 */
export interface ProcessOutputDeltaNotification {
  /**
   * True on the final streamed chunk for this stream when output was truncated by `outputBytesCap`.
   */
  readonly capReached: boolean
  /**
   * Base64-encoded output bytes.
   */
  readonly deltaBase64: string
  /**
   * Client-supplied, connection-scoped `processHandle` from `process/spawn`.
   */
  readonly processHandle: string
  /**
   * Output stream this chunk belongs to.
   */
  readonly stream: ProcessOutputStream
}
const $ProcessOutputDeltaNotification = lazy("ProcessOutputDeltaNotification", (): Schema.Schema<ProcessOutputDeltaNotification> => Schema.Struct({
  capReached: Schema.Boolean,
  deltaBase64: Schema.String,
  processHandle: Schema.String,
  stream: $ProcessOutputStream()
}))
/**
 * The schema of {@link ProcessOutputDeltaNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ProcessOutputDeltaNotification: Schema.Schema<ProcessOutputDeltaNotification> = exported("ProcessOutputDeltaNotification", $ProcessOutputDeltaNotification)

/**
 * Empty success response for `process/resizePty`.
 *
 * @since 0.1.0
 * @category models
 */
export type ProcessResizePtyResponse = { readonly [key: string]: unknown }
const $ProcessResizePtyResponse = lazy("ProcessResizePtyResponse", (): Schema.Schema<ProcessResizePtyResponse> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link ProcessResizePtyResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ProcessResizePtyResponse: Schema.Schema<ProcessResizePtyResponse> = exported("ProcessResizePtyResponse", $ProcessResizePtyResponse)

/**
 * Successful response for `process/spawn`.
 *
 * @since 0.1.0
 * @category models
 */
export type ProcessSpawnResponse = { readonly [key: string]: unknown }
const $ProcessSpawnResponse = lazy("ProcessSpawnResponse", (): Schema.Schema<ProcessSpawnResponse> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link ProcessSpawnResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ProcessSpawnResponse: Schema.Schema<ProcessSpawnResponse> = exported("ProcessSpawnResponse", $ProcessSpawnResponse)

/**
 * Empty success response for `process/writeStdin`.
 *
 * @since 0.1.0
 * @category models
 */
export type ProcessWriteStdinResponse = { readonly [key: string]: unknown }
const $ProcessWriteStdinResponse = lazy("ProcessWriteStdinResponse", (): Schema.Schema<ProcessWriteStdinResponse> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link ProcessWriteStdinResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ProcessWriteStdinResponse: Schema.Schema<ProcessWriteStdinResponse> = exported("ProcessWriteStdinResponse", $ProcessWriteStdinResponse)

/**
 * The `Project` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface Project {
  readonly createdAt: number
  readonly id: string
  readonly metadata: { readonly [key: string]: string }
  readonly name: string
  /**
   * Newest non-archived member thread's recency, in Unix seconds; null when none exist.
   */
  readonly recencyAt?: number | null
  readonly roots: ReadonlyArray<ProjectRoot>
  readonly updatedAt: number
}
const $Project = lazy("Project", (): Schema.Schema<Project> => Schema.Struct({
  createdAt: Schema.Number,
  id: Schema.String,
  metadata: Schema.Record({ key: Schema.String, value: Schema.String }),
  name: Schema.String,
  recencyAt: optional(Schema.NullOr(Schema.Number)),
  roots: Schema.Array($ProjectRoot()),
  updatedAt: Schema.Number
}))
/**
 * The schema of {@link Project}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Project: Schema.Schema<Project> = exported("Project", $Project)

/**
 * The `ProjectChangeType` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ProjectChangeType = "created" | "updated" | "deleted" | (string & {})
const $ProjectChangeType = lazy("ProjectChangeType", (): Schema.Schema<ProjectChangeType> => Schema.Union(Schema.Literal("created", "updated", "deleted"), Schema.String))
/**
 * The schema of {@link ProjectChangeType}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ProjectChangeType: Schema.Schema<ProjectChangeType> = exported("ProjectChangeType", $ProjectChangeType)

/**
 * The `ProjectChangedNotification` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ProjectChangedNotification {
  readonly changeType: ProjectChangeType
  readonly projectId: string
}
const $ProjectChangedNotification = lazy("ProjectChangedNotification", (): Schema.Schema<ProjectChangedNotification> => Schema.Struct({
  changeType: $ProjectChangeType(),
  projectId: Schema.String
}))
/**
 * The schema of {@link ProjectChangedNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ProjectChangedNotification: Schema.Schema<ProjectChangedNotification> = exported("ProjectChangedNotification", $ProjectChangedNotification)

/**
 * The `ProjectCreateResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ProjectCreateResponse {
  readonly project: Project
}
const $ProjectCreateResponse = lazy("ProjectCreateResponse", (): Schema.Schema<ProjectCreateResponse> => Schema.Struct({
  project: $Project()
}))
/**
 * The schema of {@link ProjectCreateResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ProjectCreateResponse: Schema.Schema<ProjectCreateResponse> = exported("ProjectCreateResponse", $ProjectCreateResponse)

/**
 * The `ProjectDeleteResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ProjectDeleteResponse = { readonly [key: string]: unknown }
const $ProjectDeleteResponse = lazy("ProjectDeleteResponse", (): Schema.Schema<ProjectDeleteResponse> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link ProjectDeleteResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ProjectDeleteResponse: Schema.Schema<ProjectDeleteResponse> = exported("ProjectDeleteResponse", $ProjectDeleteResponse)

/**
 * The `ProjectImportResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ProjectImportResponse {
  readonly project: Project
}
const $ProjectImportResponse = lazy("ProjectImportResponse", (): Schema.Schema<ProjectImportResponse> => Schema.Struct({
  project: $Project()
}))
/**
 * The schema of {@link ProjectImportResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ProjectImportResponse: Schema.Schema<ProjectImportResponse> = exported("ProjectImportResponse", $ProjectImportResponse)

/**
 * The `ProjectListResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ProjectListResponse {
  readonly data: ReadonlyArray<Project>
  readonly nextCursor?: string | null
}
const $ProjectListResponse = lazy("ProjectListResponse", (): Schema.Schema<ProjectListResponse> => Schema.Struct({
  data: Schema.Array($Project()),
  nextCursor: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link ProjectListResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ProjectListResponse: Schema.Schema<ProjectListResponse> = exported("ProjectListResponse", $ProjectListResponse)

/**
 * The `ProjectMoveResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ProjectMoveResponse = { readonly [key: string]: unknown }
const $ProjectMoveResponse = lazy("ProjectMoveResponse", (): Schema.Schema<ProjectMoveResponse> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link ProjectMoveResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ProjectMoveResponse: Schema.Schema<ProjectMoveResponse> = exported("ProjectMoveResponse", $ProjectMoveResponse)

/**
 * The `ProjectReadResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ProjectReadResponse {
  readonly project: Project
}
const $ProjectReadResponse = lazy("ProjectReadResponse", (): Schema.Schema<ProjectReadResponse> => Schema.Struct({
  project: $Project()
}))
/**
 * The schema of {@link ProjectReadResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ProjectReadResponse: Schema.Schema<ProjectReadResponse> = exported("ProjectReadResponse", $ProjectReadResponse)

/**
 * The `ProjectUpdateResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ProjectUpdateResponse {
  readonly project: Project
}
const $ProjectUpdateResponse = lazy("ProjectUpdateResponse", (): Schema.Schema<ProjectUpdateResponse> => Schema.Struct({
  project: $Project()
}))
/**
 * The schema of {@link ProjectUpdateResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ProjectUpdateResponse: Schema.Schema<ProjectUpdateResponse> = exported("ProjectUpdateResponse", $ProjectUpdateResponse)

/**
 * The `QueuedSubmission` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface QueuedSubmission {
  readonly clientUserMessageId: string
  readonly id: string
  readonly input: ReadonlyArray<UserInput>
  /**
   * Metadata retained with this input, including across reconnect and restoration.
   */
  readonly responsesapiClientMetadata?: { readonly [key: string]: string } | null
}
const $QueuedSubmission = lazy("QueuedSubmission", (): Schema.Schema<QueuedSubmission> => Schema.Struct({
  clientUserMessageId: Schema.String,
  id: Schema.String,
  input: Schema.Array($UserInput()),
  responsesapiClientMetadata: optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: Schema.String })))
}))
/**
 * The schema of {@link QueuedSubmission}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const QueuedSubmission: Schema.Schema<QueuedSubmission> = exported("QueuedSubmission", $QueuedSubmission)

/**
 * Usage metadata reported for one upstream response.
 *
 * @since 0.1.0
 * @category models
 */
export interface ResponseUsageMetadata {
  readonly amount?: string | null
  readonly metadata?: unknown
}
const $ResponseUsageMetadata = lazy("ResponseUsageMetadata", (): Schema.Schema<ResponseUsageMetadata> => Schema.Struct({
  amount: optional(Schema.NullOr(Schema.String)),
  metadata: optional(Schema.Unknown)
}))
/**
 * The schema of {@link ResponseUsageMetadata}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ResponseUsageMetadata: Schema.Schema<ResponseUsageMetadata> = exported("ResponseUsageMetadata", $ResponseUsageMetadata)

/**
 * The `TokenUsageBreakdown` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface TokenUsageBreakdown {
  readonly cacheWriteInputTokens?: number
  readonly cachedInputTokens: number
  readonly inputTokens: number
  readonly outputTokens: number
  readonly reasoningOutputTokens: number
  readonly totalTokens: number
}
const $TokenUsageBreakdown = lazy("TokenUsageBreakdown", (): Schema.Schema<TokenUsageBreakdown> => Schema.Struct({
  cacheWriteInputTokens: optional(Schema.Number),
  cachedInputTokens: Schema.Number,
  inputTokens: Schema.Number,
  outputTokens: Schema.Number,
  reasoningOutputTokens: Schema.Number,
  totalTokens: Schema.Number
}))
/**
 * The schema of {@link TokenUsageBreakdown}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const TokenUsageBreakdown: Schema.Schema<TokenUsageBreakdown> = exported("TokenUsageBreakdown", $TokenUsageBreakdown)

/**
 * Internal-only notification containing the exact usage from one upstream Responses API completion.
 *
 * @since 0.1.0
 * @category models
 */
export interface RawResponseCompletedNotification {
  readonly responseId: string
  readonly threadId: string
  readonly turnId: string
  readonly usage?: TokenUsageBreakdown | null
  readonly usageMetadata?: ResponseUsageMetadata | null
}
const $RawResponseCompletedNotification = lazy("RawResponseCompletedNotification", (): Schema.Schema<RawResponseCompletedNotification> => Schema.Struct({
  responseId: Schema.String,
  threadId: Schema.String,
  turnId: Schema.String,
  usage: optional(Schema.NullOr($TokenUsageBreakdown())),
  usageMetadata: optional(Schema.NullOr($ResponseUsageMetadata()))
}))
/**
 * The schema of {@link RawResponseCompletedNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const RawResponseCompletedNotification: Schema.Schema<RawResponseCompletedNotification> = exported("RawResponseCompletedNotification", $RawResponseCompletedNotification)

/**
 * The `RawResponseItemCompletedNotification` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface RawResponseItemCompletedNotification {
  readonly item: ResponseItem
  readonly threadId: string
  readonly turnId: string
}
const $RawResponseItemCompletedNotification = lazy("RawResponseItemCompletedNotification", (): Schema.Schema<RawResponseItemCompletedNotification> => Schema.Struct({
  item: $ResponseItem(),
  threadId: Schema.String,
  turnId: Schema.String
}))
/**
 * The schema of {@link RawResponseItemCompletedNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const RawResponseItemCompletedNotification: Schema.Schema<RawResponseItemCompletedNotification> = exported("RawResponseItemCompletedNotification", $RawResponseItemCompletedNotification)

/**
 * The `RealtimeVoicesList` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface RealtimeVoicesList {
  readonly defaultV1: RealtimeVoice
  readonly defaultV2: RealtimeVoice
  readonly v1: ReadonlyArray<RealtimeVoice>
  readonly v2: ReadonlyArray<RealtimeVoice>
  readonly v3?: ReadonlyArray<RealtimeVoice>
}
const $RealtimeVoicesList = lazy("RealtimeVoicesList", (): Schema.Schema<RealtimeVoicesList> => Schema.Struct({
  defaultV1: $RealtimeVoice(),
  defaultV2: $RealtimeVoice(),
  v1: Schema.Array($RealtimeVoice()),
  v2: Schema.Array($RealtimeVoice()),
  v3: optional(Schema.Array($RealtimeVoice()))
}))
/**
 * The schema of {@link RealtimeVoicesList}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const RealtimeVoicesList: Schema.Schema<RealtimeVoicesList> = exported("RealtimeVoicesList", $RealtimeVoicesList)

/**
 * The `ReasoningSummaryPartAddedNotification` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ReasoningSummaryPartAddedNotification {
  readonly itemId: string
  readonly summaryIndex: number
  readonly threadId: string
  readonly turnId: string
}
const $ReasoningSummaryPartAddedNotification = lazy("ReasoningSummaryPartAddedNotification", (): Schema.Schema<ReasoningSummaryPartAddedNotification> => Schema.Struct({
  itemId: Schema.String,
  summaryIndex: Schema.Number,
  threadId: Schema.String,
  turnId: Schema.String
}))
/**
 * The schema of {@link ReasoningSummaryPartAddedNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ReasoningSummaryPartAddedNotification: Schema.Schema<ReasoningSummaryPartAddedNotification> = exported("ReasoningSummaryPartAddedNotification", $ReasoningSummaryPartAddedNotification)

/**
 * The `ReasoningSummaryTextDeltaNotification` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ReasoningSummaryTextDeltaNotification {
  readonly delta: string
  readonly itemId: string
  readonly summaryIndex: number
  readonly threadId: string
  readonly turnId: string
}
const $ReasoningSummaryTextDeltaNotification = lazy("ReasoningSummaryTextDeltaNotification", (): Schema.Schema<ReasoningSummaryTextDeltaNotification> => Schema.Struct({
  delta: Schema.String,
  itemId: Schema.String,
  summaryIndex: Schema.Number,
  threadId: Schema.String,
  turnId: Schema.String
}))
/**
 * The schema of {@link ReasoningSummaryTextDeltaNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ReasoningSummaryTextDeltaNotification: Schema.Schema<ReasoningSummaryTextDeltaNotification> = exported("ReasoningSummaryTextDeltaNotification", $ReasoningSummaryTextDeltaNotification)

/**
 * The `ReasoningTextDeltaNotification` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ReasoningTextDeltaNotification {
  readonly contentIndex: number
  readonly delta: string
  readonly itemId: string
  readonly threadId: string
  readonly turnId: string
}
const $ReasoningTextDeltaNotification = lazy("ReasoningTextDeltaNotification", (): Schema.Schema<ReasoningTextDeltaNotification> => Schema.Struct({
  contentIndex: Schema.Number,
  delta: Schema.String,
  itemId: Schema.String,
  threadId: Schema.String,
  turnId: Schema.String
}))
/**
 * The schema of {@link ReasoningTextDeltaNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ReasoningTextDeltaNotification: Schema.Schema<ReasoningTextDeltaNotification> = exported("ReasoningTextDeltaNotification", $ReasoningTextDeltaNotification)

/**
 * The `RemoteControlClient` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface RemoteControlClient {
  readonly appVersion?: string | null
  readonly clientId: string
  readonly deviceModel?: string | null
  readonly deviceType?: string | null
  readonly displayName?: string | null
  readonly lastSeenAt?: number | null
  readonly osVersion?: string | null
  readonly platform?: string | null
}
const $RemoteControlClient = lazy("RemoteControlClient", (): Schema.Schema<RemoteControlClient> => Schema.Struct({
  appVersion: optional(Schema.NullOr(Schema.String)),
  clientId: Schema.String,
  deviceModel: optional(Schema.NullOr(Schema.String)),
  deviceType: optional(Schema.NullOr(Schema.String)),
  displayName: optional(Schema.NullOr(Schema.String)),
  lastSeenAt: optional(Schema.NullOr(Schema.Number)),
  osVersion: optional(Schema.NullOr(Schema.String)),
  platform: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link RemoteControlClient}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const RemoteControlClient: Schema.Schema<RemoteControlClient> = exported("RemoteControlClient", $RemoteControlClient)

/**
 * The `RemoteControlClientsListResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface RemoteControlClientsListResponse {
  readonly data: ReadonlyArray<RemoteControlClient>
  readonly nextCursor?: string | null
}
const $RemoteControlClientsListResponse = lazy("RemoteControlClientsListResponse", (): Schema.Schema<RemoteControlClientsListResponse> => Schema.Struct({
  data: Schema.Array($RemoteControlClient()),
  nextCursor: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link RemoteControlClientsListResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const RemoteControlClientsListResponse: Schema.Schema<RemoteControlClientsListResponse> = exported("RemoteControlClientsListResponse", $RemoteControlClientsListResponse)

/**
 * The `RemoteControlClientsRevokeResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type RemoteControlClientsRevokeResponse = { readonly [key: string]: unknown }
const $RemoteControlClientsRevokeResponse = lazy("RemoteControlClientsRevokeResponse", (): Schema.Schema<RemoteControlClientsRevokeResponse> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link RemoteControlClientsRevokeResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const RemoteControlClientsRevokeResponse: Schema.Schema<RemoteControlClientsRevokeResponse> = exported("RemoteControlClientsRevokeResponse", $RemoteControlClientsRevokeResponse)

/**
 * The `RemoteControlConnectionStatus` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type RemoteControlConnectionStatus = "disabled" | "connecting" | "connected" | "errored" | (string & {})
const $RemoteControlConnectionStatus = lazy("RemoteControlConnectionStatus", (): Schema.Schema<RemoteControlConnectionStatus> => Schema.Union(Schema.Literal("disabled", "connecting", "connected", "errored"), Schema.String))
/**
 * The schema of {@link RemoteControlConnectionStatus}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const RemoteControlConnectionStatus: Schema.Schema<RemoteControlConnectionStatus> = exported("RemoteControlConnectionStatus", $RemoteControlConnectionStatus)

/**
 * The `RemoteControlDisableResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface RemoteControlDisableResponse {
  readonly environmentId?: string | null
  readonly installationId: string
  readonly serverName: string
  readonly status: RemoteControlConnectionStatus
}
const $RemoteControlDisableResponse = lazy("RemoteControlDisableResponse", (): Schema.Schema<RemoteControlDisableResponse> => Schema.Struct({
  environmentId: optional(Schema.NullOr(Schema.String)),
  installationId: Schema.String,
  serverName: Schema.String,
  status: $RemoteControlConnectionStatus()
}))
/**
 * The schema of {@link RemoteControlDisableResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const RemoteControlDisableResponse: Schema.Schema<RemoteControlDisableResponse> = exported("RemoteControlDisableResponse", $RemoteControlDisableResponse)

/**
 * The `RemoteControlEnableResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface RemoteControlEnableResponse {
  readonly environmentId?: string | null
  readonly installationId: string
  readonly serverName: string
  readonly status: RemoteControlConnectionStatus
}
const $RemoteControlEnableResponse = lazy("RemoteControlEnableResponse", (): Schema.Schema<RemoteControlEnableResponse> => Schema.Struct({
  environmentId: optional(Schema.NullOr(Schema.String)),
  installationId: Schema.String,
  serverName: Schema.String,
  status: $RemoteControlConnectionStatus()
}))
/**
 * The schema of {@link RemoteControlEnableResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const RemoteControlEnableResponse: Schema.Schema<RemoteControlEnableResponse> = exported("RemoteControlEnableResponse", $RemoteControlEnableResponse)

/**
 * The `RemoteControlPairingStartResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface RemoteControlPairingStartResponse {
  readonly environmentId: string
  readonly expiresAt: number
  readonly manualPairingCode?: string | null
  readonly pairingCode: string
}
const $RemoteControlPairingStartResponse = lazy("RemoteControlPairingStartResponse", (): Schema.Schema<RemoteControlPairingStartResponse> => Schema.Struct({
  environmentId: Schema.String,
  expiresAt: Schema.Number,
  manualPairingCode: optional(Schema.NullOr(Schema.String)),
  pairingCode: Schema.String
}))
/**
 * The schema of {@link RemoteControlPairingStartResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const RemoteControlPairingStartResponse: Schema.Schema<RemoteControlPairingStartResponse> = exported("RemoteControlPairingStartResponse", $RemoteControlPairingStartResponse)

/**
 * The `RemoteControlPairingStatusResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface RemoteControlPairingStatusResponse {
  readonly claimed: boolean
}
const $RemoteControlPairingStatusResponse = lazy("RemoteControlPairingStatusResponse", (): Schema.Schema<RemoteControlPairingStatusResponse> => Schema.Struct({
  claimed: Schema.Boolean
}))
/**
 * The schema of {@link RemoteControlPairingStatusResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const RemoteControlPairingStatusResponse: Schema.Schema<RemoteControlPairingStatusResponse> = exported("RemoteControlPairingStatusResponse", $RemoteControlPairingStatusResponse)

/**
 * Current remote-control connection status and remote identity exposed to clients.
 *
 * @since 0.1.0
 * @category models
 */
export interface RemoteControlStatusChangedNotification {
  readonly environmentId?: string | null
  readonly installationId: string
  readonly serverName: string
  readonly status: RemoteControlConnectionStatus
}
const $RemoteControlStatusChangedNotification = lazy("RemoteControlStatusChangedNotification", (): Schema.Schema<RemoteControlStatusChangedNotification> => Schema.Struct({
  environmentId: optional(Schema.NullOr(Schema.String)),
  installationId: Schema.String,
  serverName: Schema.String,
  status: $RemoteControlConnectionStatus()
}))
/**
 * The schema of {@link RemoteControlStatusChangedNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const RemoteControlStatusChangedNotification: Schema.Schema<RemoteControlStatusChangedNotification> = exported("RemoteControlStatusChangedNotification", $RemoteControlStatusChangedNotification)

/**
 * The `RemoteControlStatusReadResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface RemoteControlStatusReadResponse {
  readonly environmentId?: string | null
  readonly installationId: string
  readonly serverName: string
  readonly status: RemoteControlConnectionStatus
}
const $RemoteControlStatusReadResponse = lazy("RemoteControlStatusReadResponse", (): Schema.Schema<RemoteControlStatusReadResponse> => Schema.Struct({
  environmentId: optional(Schema.NullOr(Schema.String)),
  installationId: Schema.String,
  serverName: Schema.String,
  status: $RemoteControlConnectionStatus()
}))
/**
 * The schema of {@link RemoteControlStatusReadResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const RemoteControlStatusReadResponse: Schema.Schema<RemoteControlStatusReadResponse> = exported("RemoteControlStatusReadResponse", $RemoteControlStatusReadResponse)

/**
 * The `TurnStatus` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type TurnStatus = "completed" | "interrupted" | "failed" | "inProgress" | (string & {})
const $TurnStatus = lazy("TurnStatus", (): Schema.Schema<TurnStatus> => Schema.Union(Schema.Literal("completed", "interrupted", "failed", "inProgress"), Schema.String))
/**
 * The schema of {@link TurnStatus}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const TurnStatus: Schema.Schema<TurnStatus> = exported("TurnStatus", $TurnStatus)

/**
 * The `Turn` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface Turn {
  /**
   * Unix timestamp (in seconds) when the turn completed.
   */
  readonly completedAt?: number | null
  /**
   * Duration between turn start and completion in milliseconds, if known.
   */
  readonly durationMs?: number | null
  /**
   * Error associated with a failed or interrupted turn.
   */
  readonly error?: TurnError | null
  /**
   * Identifier for this turn. Codex-generated turn IDs are UUIDv7.
   */
  readonly id: string
  /**
   * Thread items currently included in this turn payload.
   */
  readonly items: ReadonlyArray<ThreadItem>
  /**
   * Describes how much of `items` has been loaded for this turn.
   */
  readonly itemsView?: TurnItemsView
  /**
   * ID of the first turn in the chain of work that led to this turn. Pass this as `rootTurnId` when starting work on behalf of this turn. May be null in older history or a `review/start` response.
   */
  readonly rootTurnId?: string | null
  /**
   * Unix timestamp (in seconds) when the turn started.
   */
  readonly startedAt?: number | null
  readonly status: TurnStatus
}
const $Turn = lazy("Turn", (): Schema.Schema<Turn> => Schema.Struct({
  completedAt: optional(Schema.NullOr(Schema.Number)),
  durationMs: optional(Schema.NullOr(Schema.Number)),
  error: optional(Schema.NullOr($TurnError())),
  id: Schema.String,
  items: Schema.Array($ThreadItem()),
  itemsView: optional($TurnItemsView()),
  rootTurnId: optional(Schema.NullOr(Schema.String)),
  startedAt: optional(Schema.NullOr(Schema.Number)),
  status: $TurnStatus()
}))
/**
 * The schema of {@link Turn}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Turn: Schema.Schema<Turn> = exported("Turn", $Turn)

/**
 * The `ReviewStartResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ReviewStartResponse {
  /**
   * The thread id supplied to `review/start`.
   */
  readonly reviewThreadId: string
  readonly turn: Turn
}
const $ReviewStartResponse = lazy("ReviewStartResponse", (): Schema.Schema<ReviewStartResponse> => Schema.Struct({
  reviewThreadId: Schema.String,
  turn: $Turn()
}))
/**
 * The schema of {@link ReviewStartResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ReviewStartResponse: Schema.Schema<ReviewStartResponse> = exported("ReviewStartResponse", $ReviewStartResponse)

/**
 * Acknowledges the compression trigger, not completion. Existing maintenance locks and cooldowns can cause the background pass to skip without doing work.
 *
 * @since 0.1.0
 * @category models
 */
export type RolloutCompressResponse = { readonly [key: string]: unknown }
const $RolloutCompressResponse = lazy("RolloutCompressResponse", (): Schema.Schema<RolloutCompressResponse> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link RolloutCompressResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const RolloutCompressResponse: Schema.Schema<RolloutCompressResponse> = exported("RolloutCompressResponse", $RolloutCompressResponse)

/**
 * The `SendAddCreditsNudgeEmailResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface SendAddCreditsNudgeEmailResponse {
  readonly status: AddCreditsNudgeEmailStatus
}
const $SendAddCreditsNudgeEmailResponse = lazy("SendAddCreditsNudgeEmailResponse", (): Schema.Schema<SendAddCreditsNudgeEmailResponse> => Schema.Struct({
  status: $AddCreditsNudgeEmailStatus()
}))
/**
 * The schema of {@link SendAddCreditsNudgeEmailResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SendAddCreditsNudgeEmailResponse: Schema.Schema<SendAddCreditsNudgeEmailResponse> = exported("SendAddCreditsNudgeEmailResponse", $SendAddCreditsNudgeEmailResponse)

/**
 * The `ServerDiagnosticsGauge` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ServerDiagnosticsGauge {
  readonly name: string
  readonly value: number
}
const $ServerDiagnosticsGauge = lazy("ServerDiagnosticsGauge", (): Schema.Schema<ServerDiagnosticsGauge> => Schema.Struct({
  name: Schema.String,
  value: Schema.Number
}))
/**
 * The schema of {@link ServerDiagnosticsGauge}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ServerDiagnosticsGauge: Schema.Schema<ServerDiagnosticsGauge> = exported("ServerDiagnosticsGauge", $ServerDiagnosticsGauge)

/**
 * The `ServerDiagnosticsProcess` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ServerDiagnosticsProcess {
  readonly id: number
  readonly physicalFootprintBytes?: number | null
  readonly residentMemoryBytes?: number | null
}
const $ServerDiagnosticsProcess = lazy("ServerDiagnosticsProcess", (): Schema.Schema<ServerDiagnosticsProcess> => Schema.Struct({
  id: Schema.Int,
  physicalFootprintBytes: optional(Schema.NullOr(Schema.Number)),
  residentMemoryBytes: optional(Schema.NullOr(Schema.Number))
}))
/**
 * The schema of {@link ServerDiagnosticsProcess}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ServerDiagnosticsProcess: Schema.Schema<ServerDiagnosticsProcess> = exported("ServerDiagnosticsProcess", $ServerDiagnosticsProcess)

/**
 * The `ServerDiagnosticsResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ServerDiagnosticsResponse {
  readonly gauges: ReadonlyArray<ServerDiagnosticsGauge>
  readonly process: ServerDiagnosticsProcess
}
const $ServerDiagnosticsResponse = lazy("ServerDiagnosticsResponse", (): Schema.Schema<ServerDiagnosticsResponse> => Schema.Struct({
  gauges: Schema.Array($ServerDiagnosticsGauge()),
  process: $ServerDiagnosticsProcess()
}))
/**
 * The schema of {@link ServerDiagnosticsResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ServerDiagnosticsResponse: Schema.Schema<ServerDiagnosticsResponse> = exported("ServerDiagnosticsResponse", $ServerDiagnosticsResponse)

/**
 * The `ServerRequestResolvedNotification` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ServerRequestResolvedNotification {
  readonly requestId: RequestId
  readonly threadId: string
}
const $ServerRequestResolvedNotification = lazy("ServerRequestResolvedNotification", (): Schema.Schema<ServerRequestResolvedNotification> => Schema.Struct({
  requestId: $RequestId(),
  threadId: Schema.String
}))
/**
 * The schema of {@link ServerRequestResolvedNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ServerRequestResolvedNotification: Schema.Schema<ServerRequestResolvedNotification> = exported("ServerRequestResolvedNotification", $ServerRequestResolvedNotification)

/**
 * Notification emitted when watched local skill files change.
 *
 * Treat this as an invalidation signal and re-run `skills/list` with the client's current parameters when refreshed skill metadata is needed.
 *
 * @since 0.1.0
 * @category models
 */
export type SkillsChangedNotification = { readonly [key: string]: unknown }
const $SkillsChangedNotification = lazy("SkillsChangedNotification", (): Schema.Schema<SkillsChangedNotification> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link SkillsChangedNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SkillsChangedNotification: Schema.Schema<SkillsChangedNotification> = exported("SkillsChangedNotification", $SkillsChangedNotification)

/**
 * The `StrictReviewRequiredNotification` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface StrictReviewRequiredNotification {
  /**
   * Unix timestamp (in milliseconds) when this review started.
   */
  readonly startedAtMs: number
  readonly threadId: string
  readonly turnId: string
}
const $StrictReviewRequiredNotification = lazy("StrictReviewRequiredNotification", (): Schema.Schema<StrictReviewRequiredNotification> => Schema.Struct({
  startedAtMs: Schema.Number,
  threadId: Schema.String,
  turnId: Schema.String
}))
/**
 * The schema of {@link StrictReviewRequiredNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const StrictReviewRequiredNotification: Schema.Schema<StrictReviewRequiredNotification> = exported("StrictReviewRequiredNotification", $StrictReviewRequiredNotification)

/**
 * The `TerminalInteractionNotification` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface TerminalInteractionNotification {
  readonly itemId: string
  readonly processId: string
  readonly stdin: string
  readonly threadId: string
  readonly turnId: string
}
const $TerminalInteractionNotification = lazy("TerminalInteractionNotification", (): Schema.Schema<TerminalInteractionNotification> => Schema.Struct({
  itemId: Schema.String,
  processId: Schema.String,
  stdin: Schema.String,
  threadId: Schema.String,
  turnId: Schema.String
}))
/**
 * The schema of {@link TerminalInteractionNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const TerminalInteractionNotification: Schema.Schema<TerminalInteractionNotification> = exported("TerminalInteractionNotification", $TerminalInteractionNotification)

/**
 * The `ThreadArchivedNotification` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadArchivedNotification {
  readonly threadId: string
}
const $ThreadArchivedNotification = lazy("ThreadArchivedNotification", (): Schema.Schema<ThreadArchivedNotification> => Schema.Struct({
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadArchivedNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadArchivedNotification: Schema.Schema<ThreadArchivedNotification> = exported("ThreadArchivedNotification", $ThreadArchivedNotification)

/**
 * The persisted attachment change represented by a notification.
 *
 * @since 0.1.0
 * @category models
 */
export type ThreadAttachmentOperation = "created" | "deleted" | (string & {})
const $ThreadAttachmentOperation = lazy("ThreadAttachmentOperation", (): Schema.Schema<ThreadAttachmentOperation> => Schema.Union(Schema.Literal("created", "deleted"), Schema.String))
/**
 * The schema of {@link ThreadAttachmentOperation}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadAttachmentOperation: Schema.Schema<ThreadAttachmentOperation> = exported("ThreadAttachmentOperation", $ThreadAttachmentOperation)

/**
 * Notification published after a thread attachment is created or deleted.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadAttachmentUpdatedNotification {
  readonly attachmentId: string
  readonly attachmentType: string
  readonly identityKey: string
  readonly operation: ThreadAttachmentOperation
  readonly threadId: string
}
const $ThreadAttachmentUpdatedNotification = lazy("ThreadAttachmentUpdatedNotification", (): Schema.Schema<ThreadAttachmentUpdatedNotification> => Schema.Struct({
  attachmentId: Schema.String,
  attachmentType: Schema.String,
  identityKey: Schema.String,
  operation: $ThreadAttachmentOperation(),
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadAttachmentUpdatedNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadAttachmentUpdatedNotification: Schema.Schema<ThreadAttachmentUpdatedNotification> = exported("ThreadAttachmentUpdatedNotification", $ThreadAttachmentUpdatedNotification)

/**
 * The `ThreadClosedNotification` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadClosedNotification {
  readonly threadId: string
}
const $ThreadClosedNotification = lazy("ThreadClosedNotification", (): Schema.Schema<ThreadClosedNotification> => Schema.Struct({
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadClosedNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadClosedNotification: Schema.Schema<ThreadClosedNotification> = exported("ThreadClosedNotification", $ThreadClosedNotification)

/**
 * The `ThreadDeletedNotification` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadDeletedNotification {
  readonly threadId: string
}
const $ThreadDeletedNotification = lazy("ThreadDeletedNotification", (): Schema.Schema<ThreadDeletedNotification> => Schema.Struct({
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadDeletedNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadDeletedNotification: Schema.Schema<ThreadDeletedNotification> = exported("ThreadDeletedNotification", $ThreadDeletedNotification)

/**
 * The `ThreadGoalClearedNotification` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadGoalClearedNotification {
  readonly threadId: string
}
const $ThreadGoalClearedNotification = lazy("ThreadGoalClearedNotification", (): Schema.Schema<ThreadGoalClearedNotification> => Schema.Struct({
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadGoalClearedNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadGoalClearedNotification: Schema.Schema<ThreadGoalClearedNotification> = exported("ThreadGoalClearedNotification", $ThreadGoalClearedNotification)

/**
 * The `ThreadGoal` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadGoal {
  readonly createdAt: number
  readonly objective: string
  readonly status: ThreadGoalStatus
  readonly threadId: string
  readonly timeUsedSeconds: number
  readonly tokenBudget?: number | null
  readonly tokensUsed: number
  readonly updatedAt: number
}
const $ThreadGoal = lazy("ThreadGoal", (): Schema.Schema<ThreadGoal> => Schema.Struct({
  createdAt: Schema.Number,
  objective: Schema.String,
  status: $ThreadGoalStatus(),
  threadId: Schema.String,
  timeUsedSeconds: Schema.Number,
  tokenBudget: optional(Schema.NullOr(Schema.Number)),
  tokensUsed: Schema.Number,
  updatedAt: Schema.Number
}))
/**
 * The schema of {@link ThreadGoal}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadGoal: Schema.Schema<ThreadGoal> = exported("ThreadGoal", $ThreadGoal)

/**
 * The `ThreadGoalUpdatedNotification` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadGoalUpdatedNotification {
  readonly goal: ThreadGoal
  readonly threadId: string
  readonly turnId?: string | null
}
const $ThreadGoalUpdatedNotification = lazy("ThreadGoalUpdatedNotification", (): Schema.Schema<ThreadGoalUpdatedNotification> => Schema.Struct({
  goal: $ThreadGoal(),
  threadId: Schema.String,
  turnId: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link ThreadGoalUpdatedNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadGoalUpdatedNotification: Schema.Schema<ThreadGoalUpdatedNotification> = exported("ThreadGoalUpdatedNotification", $ThreadGoalUpdatedNotification)

/**
 * The `ThreadNameUpdatedNotification` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadNameUpdatedNotification {
  readonly threadId: string
  readonly threadName?: string | null
}
const $ThreadNameUpdatedNotification = lazy("ThreadNameUpdatedNotification", (): Schema.Schema<ThreadNameUpdatedNotification> => Schema.Struct({
  threadId: Schema.String,
  threadName: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link ThreadNameUpdatedNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadNameUpdatedNotification: Schema.Schema<ThreadNameUpdatedNotification> = exported("ThreadNameUpdatedNotification", $ThreadNameUpdatedNotification)

/**
 * The `ThreadPredictionResult` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ThreadPredictionResult = {
  readonly text?: string | null
  readonly type: "completed"
} | {
  readonly type: "failed"
}
const $ThreadPredictionResult = lazy("ThreadPredictionResult", (): Schema.Schema<ThreadPredictionResult> => Schema.Union(Schema.Struct({
  text: optional(Schema.NullOr(Schema.String)),
  type: Schema.Literal("completed")
}), Schema.Struct({
  type: Schema.Literal("failed")
})))
/**
 * The schema of {@link ThreadPredictionResult}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadPredictionResult: Schema.Schema<ThreadPredictionResult> = exported("ThreadPredictionResult", $ThreadPredictionResult)

/**
 * The `ThreadPredictionUpdatedNotification` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadPredictionUpdatedNotification {
  readonly result: ThreadPredictionResult
  readonly sourceTurnId: string
  readonly threadId: string
}
const $ThreadPredictionUpdatedNotification = lazy("ThreadPredictionUpdatedNotification", (): Schema.Schema<ThreadPredictionUpdatedNotification> => Schema.Struct({
  result: $ThreadPredictionResult(),
  sourceTurnId: Schema.String,
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadPredictionUpdatedNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadPredictionUpdatedNotification: Schema.Schema<ThreadPredictionUpdatedNotification> = exported("ThreadPredictionUpdatedNotification", $ThreadPredictionUpdatedNotification)

/**
 * The `ThreadProjectUpdatedNotification` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadProjectUpdatedNotification {
  readonly projectId: string | null
  readonly threadId: string
}
const $ThreadProjectUpdatedNotification = lazy("ThreadProjectUpdatedNotification", (): Schema.Schema<ThreadProjectUpdatedNotification> => Schema.Struct({
  projectId: Schema.NullOr(Schema.String),
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadProjectUpdatedNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadProjectUpdatedNotification: Schema.Schema<ThreadProjectUpdatedNotification> = exported("ThreadProjectUpdatedNotification", $ThreadProjectUpdatedNotification)

/**
 * The `ThreadQueueChangedNotification` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadQueueChangedNotification {
  readonly threadId: string
}
const $ThreadQueueChangedNotification = lazy("ThreadQueueChangedNotification", (): Schema.Schema<ThreadQueueChangedNotification> => Schema.Struct({
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadQueueChangedNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadQueueChangedNotification: Schema.Schema<ThreadQueueChangedNotification> = exported("ThreadQueueChangedNotification", $ThreadQueueChangedNotification)

/**
 * The `ThreadUnreadPosition` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ThreadUnreadPosition = {
  readonly type: "threadStart"
} | {
  readonly turnId: string
  readonly type: "turn"
}
const $ThreadUnreadPosition = lazy("ThreadUnreadPosition", (): Schema.Schema<ThreadUnreadPosition> => Schema.Union(Schema.Struct({
  type: Schema.Literal("threadStart")
}), Schema.Struct({
  turnId: Schema.String,
  type: Schema.Literal("turn")
})))
/**
 * The schema of {@link ThreadUnreadPosition}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadUnreadPosition: Schema.Schema<ThreadUnreadPosition> = exported("ThreadUnreadPosition", $ThreadUnreadPosition)

/**
 * The first unread position in a durable local thread. A null position means read. The opaque revision guards edits against activity or marks the caller has not seen.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadReadState {
  readonly firstUnread?: ThreadUnreadPosition | null
  readonly revision: string
}
const $ThreadReadState = lazy("ThreadReadState", (): Schema.Schema<ThreadReadState> => Schema.Struct({
  firstUnread: optional(Schema.NullOr($ThreadUnreadPosition())),
  revision: Schema.String
}))
/**
 * The schema of {@link ThreadReadState}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadReadState: Schema.Schema<ThreadReadState> = exported("ThreadReadState", $ThreadReadState)

/**
 * The `ThreadReadStateChangedNotification` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadReadStateChangedNotification {
  readonly readState: ThreadReadState
  readonly threadId: string
}
const $ThreadReadStateChangedNotification = lazy("ThreadReadStateChangedNotification", (): Schema.Schema<ThreadReadStateChangedNotification> => Schema.Struct({
  readState: $ThreadReadState(),
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadReadStateChangedNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadReadStateChangedNotification: Schema.Schema<ThreadReadStateChangedNotification> = exported("ThreadReadStateChangedNotification", $ThreadReadStateChangedNotification)

/**
 * EXPERIMENTAL - emitted when thread realtime transport closes.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadRealtimeClosedNotification {
  readonly reason?: string | null
  readonly threadId: string
}
const $ThreadRealtimeClosedNotification = lazy("ThreadRealtimeClosedNotification", (): Schema.Schema<ThreadRealtimeClosedNotification> => Schema.Struct({
  reason: optional(Schema.NullOr(Schema.String)),
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadRealtimeClosedNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadRealtimeClosedNotification: Schema.Schema<ThreadRealtimeClosedNotification> = exported("ThreadRealtimeClosedNotification", $ThreadRealtimeClosedNotification)

/**
 * EXPERIMENTAL - emitted when thread realtime encounters an error.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadRealtimeErrorNotification {
  readonly message: string
  readonly threadId: string
}
const $ThreadRealtimeErrorNotification = lazy("ThreadRealtimeErrorNotification", (): Schema.Schema<ThreadRealtimeErrorNotification> => Schema.Struct({
  message: Schema.String,
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadRealtimeErrorNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadRealtimeErrorNotification: Schema.Schema<ThreadRealtimeErrorNotification> = exported("ThreadRealtimeErrorNotification", $ThreadRealtimeErrorNotification)

/**
 * EXPERIMENTAL - raw non-audio thread realtime item emitted by the backend.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadRealtimeItemAddedNotification {
  readonly item: unknown
  readonly threadId: string
}
const $ThreadRealtimeItemAddedNotification = lazy("ThreadRealtimeItemAddedNotification", (): Schema.Schema<ThreadRealtimeItemAddedNotification> => Schema.Struct({
  item: Schema.Unknown,
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadRealtimeItemAddedNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadRealtimeItemAddedNotification: Schema.Schema<ThreadRealtimeItemAddedNotification> = exported("ThreadRealtimeItemAddedNotification", $ThreadRealtimeItemAddedNotification)

/**
 * EXPERIMENTAL - how an existing agent item appears in a realtime conversation.
 *
 * @since 0.1.0
 * @category models
 */
export type ThreadRealtimeBemItemPresentation = {
  readonly type: "wholeItem"
} | {
  readonly type: "inlineMarkdown"
} | {
  readonly index: number
  readonly type: "inlineVisualization"
}
const $ThreadRealtimeBemItemPresentation = lazy("ThreadRealtimeBemItemPresentation", (): Schema.Schema<ThreadRealtimeBemItemPresentation> => Schema.Union(Schema.Struct({
  type: Schema.Literal("wholeItem")
}), Schema.Struct({
  type: Schema.Literal("inlineMarkdown")
}), Schema.Struct({
  index: Schema.Int,
  type: Schema.Literal("inlineVisualization")
})))
/**
 * The schema of {@link ThreadRealtimeBemItemPresentation}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadRealtimeBemItemPresentation: Schema.Schema<ThreadRealtimeBemItemPresentation> = exported("ThreadRealtimeBemItemPresentation", $ThreadRealtimeBemItemPresentation)

/**
 * The `ThreadRealtimeTranscriptRole` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ThreadRealtimeTranscriptRole = "user" | "assistant" | (string & {})
const $ThreadRealtimeTranscriptRole = lazy("ThreadRealtimeTranscriptRole", (): Schema.Schema<ThreadRealtimeTranscriptRole> => Schema.Union(Schema.Literal("user", "assistant"), Schema.String))
/**
 * The schema of {@link ThreadRealtimeTranscriptRole}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadRealtimeTranscriptRole: Schema.Schema<ThreadRealtimeTranscriptRole> = exported("ThreadRealtimeTranscriptRole", $ThreadRealtimeTranscriptRole)

/**
 * The `ThreadRealtimeVoiceTranscript` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadRealtimeVoiceTranscript {
  readonly role: ThreadRealtimeTranscriptRole
  readonly text: string
}
const $ThreadRealtimeVoiceTranscript = lazy("ThreadRealtimeVoiceTranscript", (): Schema.Schema<ThreadRealtimeVoiceTranscript> => Schema.Struct({
  role: $ThreadRealtimeTranscriptRole(),
  text: Schema.String
}))
/**
 * The schema of {@link ThreadRealtimeVoiceTranscript}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadRealtimeVoiceTranscript: Schema.Schema<ThreadRealtimeVoiceTranscript> = exported("ThreadRealtimeVoiceTranscript", $ThreadRealtimeVoiceTranscript)

/**
 * A frame holds one or more payloads, at most one per channel. They share one ID, observation time, and seal. V1 requires its only channel, `voice_transcript`.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadRealtimeFrameChannels {
  readonly voice_transcript: ThreadRealtimeVoiceTranscript
}
const $ThreadRealtimeFrameChannels = lazy("ThreadRealtimeFrameChannels", (): Schema.Schema<ThreadRealtimeFrameChannels> => Schema.Struct({
  voice_transcript: $ThreadRealtimeVoiceTranscript()
}))
/**
 * The schema of {@link ThreadRealtimeFrameChannels}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadRealtimeFrameChannels: Schema.Schema<ThreadRealtimeFrameChannels> = exported("ThreadRealtimeFrameChannels", $ThreadRealtimeFrameChannels)

/**
 * The `ThreadRealtimeHandoffMode` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ThreadRealtimeHandoffMode = "start" | "steer" | (string & {})
const $ThreadRealtimeHandoffMode = lazy("ThreadRealtimeHandoffMode", (): Schema.Schema<ThreadRealtimeHandoffMode> => Schema.Union(Schema.Literal("start", "steer"), Schema.String))
/**
 * The schema of {@link ThreadRealtimeHandoffMode}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadRealtimeHandoffMode: Schema.Schema<ThreadRealtimeHandoffMode> = exported("ThreadRealtimeHandoffMode", $ThreadRealtimeHandoffMode)

/**
 * The `ThreadRealtimeSessionOutcome` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ThreadRealtimeSessionOutcome = "ended" | "failed" | (string & {})
const $ThreadRealtimeSessionOutcome = lazy("ThreadRealtimeSessionOutcome", (): Schema.Schema<ThreadRealtimeSessionOutcome> => Schema.Union(Schema.Literal("ended", "failed"), Schema.String))
/**
 * The schema of {@link ThreadRealtimeSessionOutcome}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadRealtimeSessionOutcome: Schema.Schema<ThreadRealtimeSessionOutcome> = exported("ThreadRealtimeSessionOutcome", $ThreadRealtimeSessionOutcome)

/**
 * EXPERIMENTAL - a thread-scoped realtime item in the canonical timeline.
 *
 * @since 0.1.0
 * @category models
 */
export type ThreadRealtimeItem = {
  readonly id: string
  /**
   * Canonical observation time in Unix milliseconds for eligible voice calls.
   */
  readonly observedAtMs?: number | null
  readonly realtimeSessionId: string
  readonly type: "realtimeSessionStarted"
} | {
  readonly channels: ThreadRealtimeFrameChannels
  readonly id: string
  /**
   * Canonical observation time in Unix milliseconds for eligible voice calls.
   */
  readonly observedAtMs?: number | null
  readonly realtimeSessionId: string
  readonly type: "frame"
} | {
  readonly id: string
  /**
   * Canonical observation time in Unix milliseconds for eligible voice calls.
   */
  readonly observedAtMs?: number | null
  readonly realtimeSessionId: string
  readonly role: ThreadRealtimeTranscriptRole
  readonly text: string
  readonly type: "transcriptSegment"
} | {
  readonly id: string
  readonly item_id: string
  /**
   * Canonical observation time in Unix milliseconds for eligible voice calls.
   */
  readonly observedAtMs?: number | null
  readonly presentation: ThreadRealtimeBemItemPresentation
  readonly realtimeSessionId: string
  readonly turn_id: string
  readonly type: "bemItemPromoted"
} | {
  readonly id: string
  /**
   * Canonical observation time in Unix milliseconds for eligible voice calls.
   */
  readonly observedAtMs?: number | null
  readonly outcome: ThreadRealtimeSessionOutcome
  readonly realtimeSessionId: string
  readonly type: "realtimeSessionClosed"
} | {
  readonly handoff_id: string
  readonly id: string
  readonly input: string
  readonly input_item_id: string
  readonly mode: ThreadRealtimeHandoffMode
  /**
   * Canonical observation time in Unix milliseconds for eligible voice calls.
   */
  readonly observedAtMs?: number | null
  readonly realtimeSessionId: string
  readonly source_event_ids: ReadonlyArray<string>
  readonly turn_id: string
  readonly type: "turnInputAccepted"
} | {
  readonly id: string
  readonly input: string
  readonly input_item_id: string
  /**
   * Canonical observation time in Unix milliseconds for eligible voice calls.
   */
  readonly observedAtMs?: number | null
  readonly realtimeSessionId: string
  readonly source_event_ids: ReadonlyArray<string>
  readonly type: "sessionEndInputSaved"
}
const $ThreadRealtimeItem = lazy("ThreadRealtimeItem", (): Schema.Schema<ThreadRealtimeItem> => Schema.Union(Schema.Struct({
  id: Schema.String,
  observedAtMs: optional(Schema.NullOr(Schema.Number)),
  realtimeSessionId: Schema.String,
  type: Schema.Literal("realtimeSessionStarted")
}), Schema.Struct({
  channels: $ThreadRealtimeFrameChannels(),
  id: Schema.String,
  observedAtMs: optional(Schema.NullOr(Schema.Number)),
  realtimeSessionId: Schema.String,
  type: Schema.Literal("frame")
}), Schema.Struct({
  id: Schema.String,
  observedAtMs: optional(Schema.NullOr(Schema.Number)),
  realtimeSessionId: Schema.String,
  role: $ThreadRealtimeTranscriptRole(),
  text: Schema.String,
  type: Schema.Literal("transcriptSegment")
}), Schema.Struct({
  id: Schema.String,
  item_id: Schema.String,
  observedAtMs: optional(Schema.NullOr(Schema.Number)),
  presentation: $ThreadRealtimeBemItemPresentation(),
  realtimeSessionId: Schema.String,
  turn_id: Schema.String,
  type: Schema.Literal("bemItemPromoted")
}), Schema.Struct({
  id: Schema.String,
  observedAtMs: optional(Schema.NullOr(Schema.Number)),
  outcome: $ThreadRealtimeSessionOutcome(),
  realtimeSessionId: Schema.String,
  type: Schema.Literal("realtimeSessionClosed")
}), Schema.Struct({
  handoff_id: Schema.String,
  id: Schema.String,
  input: Schema.String,
  input_item_id: Schema.String,
  mode: $ThreadRealtimeHandoffMode(),
  observedAtMs: optional(Schema.NullOr(Schema.Number)),
  realtimeSessionId: Schema.String,
  source_event_ids: Schema.Array(Schema.String),
  turn_id: Schema.String,
  type: Schema.Literal("turnInputAccepted")
}), Schema.Struct({
  id: Schema.String,
  input: Schema.String,
  input_item_id: Schema.String,
  observedAtMs: optional(Schema.NullOr(Schema.Number)),
  realtimeSessionId: Schema.String,
  source_event_ids: Schema.Array(Schema.String),
  type: Schema.Literal("sessionEndInputSaved")
})))
/**
 * The schema of {@link ThreadRealtimeItem}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadRealtimeItem: Schema.Schema<ThreadRealtimeItem> = exported("ThreadRealtimeItem", $ThreadRealtimeItem)

/**
 * EXPERIMENTAL - a realtime timeline item published after canonical commit.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadRealtimeItemCompletedNotification {
  readonly item: ThreadRealtimeItem
  readonly threadId: string
}
const $ThreadRealtimeItemCompletedNotification = lazy("ThreadRealtimeItemCompletedNotification", (): Schema.Schema<ThreadRealtimeItemCompletedNotification> => Schema.Struct({
  item: $ThreadRealtimeItem(),
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadRealtimeItemCompletedNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadRealtimeItemCompletedNotification: Schema.Schema<ThreadRealtimeItemCompletedNotification> = exported("ThreadRealtimeItemCompletedNotification", $ThreadRealtimeItemCompletedNotification)

/**
 * EXPERIMENTAL - a realtime timeline item started before its content streams.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadRealtimeItemStartedNotification {
  readonly item: ThreadRealtimeItem
  readonly threadId: string
}
const $ThreadRealtimeItemStartedNotification = lazy("ThreadRealtimeItemStartedNotification", (): Schema.Schema<ThreadRealtimeItemStartedNotification> => Schema.Struct({
  item: $ThreadRealtimeItem(),
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadRealtimeItemStartedNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadRealtimeItemStartedNotification: Schema.Schema<ThreadRealtimeItemStartedNotification> = exported("ThreadRealtimeItemStartedNotification", $ThreadRealtimeItemStartedNotification)

/**
 * EXPERIMENTAL - text appended to an active realtime transcript item.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadRealtimeItemTranscriptDeltaNotification {
  readonly delta: string
  readonly itemId: string
  readonly threadId: string
}
const $ThreadRealtimeItemTranscriptDeltaNotification = lazy("ThreadRealtimeItemTranscriptDeltaNotification", (): Schema.Schema<ThreadRealtimeItemTranscriptDeltaNotification> => Schema.Struct({
  delta: Schema.String,
  itemId: Schema.String,
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadRealtimeItemTranscriptDeltaNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadRealtimeItemTranscriptDeltaNotification: Schema.Schema<ThreadRealtimeItemTranscriptDeltaNotification> = exported("ThreadRealtimeItemTranscriptDeltaNotification", $ThreadRealtimeItemTranscriptDeltaNotification)

/**
 * EXPERIMENTAL - streamed output audio emitted by thread realtime.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadRealtimeOutputAudioDeltaNotification {
  readonly audio: ThreadRealtimeAudioChunk
  readonly threadId: string
}
const $ThreadRealtimeOutputAudioDeltaNotification = lazy("ThreadRealtimeOutputAudioDeltaNotification", (): Schema.Schema<ThreadRealtimeOutputAudioDeltaNotification> => Schema.Struct({
  audio: $ThreadRealtimeAudioChunk(),
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadRealtimeOutputAudioDeltaNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadRealtimeOutputAudioDeltaNotification: Schema.Schema<ThreadRealtimeOutputAudioDeltaNotification> = exported("ThreadRealtimeOutputAudioDeltaNotification", $ThreadRealtimeOutputAudioDeltaNotification)

/**
 * EXPERIMENTAL - emitted with the remote SDP for a WebRTC realtime session.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadRealtimeSdpNotification {
  readonly sdp: string
  readonly threadId: string
}
const $ThreadRealtimeSdpNotification = lazy("ThreadRealtimeSdpNotification", (): Schema.Schema<ThreadRealtimeSdpNotification> => Schema.Struct({
  sdp: Schema.String,
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadRealtimeSdpNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadRealtimeSdpNotification: Schema.Schema<ThreadRealtimeSdpNotification> = exported("ThreadRealtimeSdpNotification", $ThreadRealtimeSdpNotification)

/**
 * EXPERIMENTAL - emitted when thread realtime startup is accepted.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadRealtimeStartedNotification {
  readonly realtimeSessionId?: string | null
  readonly threadId: string
  readonly version: RealtimeConversationVersion
}
const $ThreadRealtimeStartedNotification = lazy("ThreadRealtimeStartedNotification", (): Schema.Schema<ThreadRealtimeStartedNotification> => Schema.Struct({
  realtimeSessionId: optional(Schema.NullOr(Schema.String)),
  threadId: Schema.String,
  version: $RealtimeConversationVersion()
}))
/**
 * The schema of {@link ThreadRealtimeStartedNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadRealtimeStartedNotification: Schema.Schema<ThreadRealtimeStartedNotification> = exported("ThreadRealtimeStartedNotification", $ThreadRealtimeStartedNotification)

/**
 * EXPERIMENTAL - flat transcript delta emitted whenever realtime transcript text changes.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadRealtimeTranscriptDeltaNotification {
  /**
   * Live transcript delta from the realtime event.
   */
  readonly delta: string
  readonly role: string
  readonly threadId: string
}
const $ThreadRealtimeTranscriptDeltaNotification = lazy("ThreadRealtimeTranscriptDeltaNotification", (): Schema.Schema<ThreadRealtimeTranscriptDeltaNotification> => Schema.Struct({
  delta: Schema.String,
  role: Schema.String,
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadRealtimeTranscriptDeltaNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadRealtimeTranscriptDeltaNotification: Schema.Schema<ThreadRealtimeTranscriptDeltaNotification> = exported("ThreadRealtimeTranscriptDeltaNotification", $ThreadRealtimeTranscriptDeltaNotification)

/**
 * EXPERIMENTAL - final transcript text emitted when realtime completes a transcript part.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadRealtimeTranscriptDoneNotification {
  readonly role: string
  /**
   * Final complete text for the transcript part.
   */
  readonly text: string
  readonly threadId: string
}
const $ThreadRealtimeTranscriptDoneNotification = lazy("ThreadRealtimeTranscriptDoneNotification", (): Schema.Schema<ThreadRealtimeTranscriptDoneNotification> => Schema.Struct({
  role: Schema.String,
  text: Schema.String,
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadRealtimeTranscriptDoneNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadRealtimeTranscriptDoneNotification: Schema.Schema<ThreadRealtimeTranscriptDoneNotification> = exported("ThreadRealtimeTranscriptDoneNotification", $ThreadRealtimeTranscriptDoneNotification)

/**
 * The `ThreadRevertedNotification` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadRevertedNotification {
  readonly threadId: string
}
const $ThreadRevertedNotification = lazy("ThreadRevertedNotification", (): Schema.Schema<ThreadRevertedNotification> => Schema.Struct({
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadRevertedNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadRevertedNotification: Schema.Schema<ThreadRevertedNotification> = exported("ThreadRevertedNotification", $ThreadRevertedNotification)

/**
 * The `SubAgentSource` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type SubAgentSource = "review" | "compact" | "memory_consolidation" | (string & {}) | {
  readonly thread_spawn: {
    readonly agent_nickname?: string | null
    readonly agent_path?: AgentPath | null
    readonly agent_role?: string | null
    readonly depth: number
    readonly parent_thread_id: ThreadId
  }
} | {
  readonly other: string
}
const $SubAgentSource = lazy("SubAgentSource", (): Schema.Schema<SubAgentSource> => Schema.Union(Schema.Union(Schema.Literal("review", "compact", "memory_consolidation"), Schema.String), Schema.Struct({
  thread_spawn: Schema.Struct({
    agent_nickname: optional(Schema.NullOr(Schema.String)),
    agent_path: optional(Schema.NullOr($AgentPath())),
    agent_role: optional(Schema.NullOr(Schema.String)),
    depth: Schema.Int,
    parent_thread_id: $ThreadId()
  })
}), Schema.Struct({
  other: Schema.String
})))
/**
 * The schema of {@link SubAgentSource}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SubAgentSource: Schema.Schema<SubAgentSource> = exported("SubAgentSource", $SubAgentSource)

/**
 * The `SessionSource` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type SessionSource = "cli" | "vscode" | "exec" | "appServer" | "unknown" | (string & {}) | {
  readonly custom: string
} | {
  readonly subAgent: SubAgentSource
}
const $SessionSource = lazy("SessionSource", (): Schema.Schema<SessionSource> => Schema.Union(Schema.Union(Schema.Literal("cli", "vscode", "exec", "appServer", "unknown"), Schema.String), Schema.Struct({
  custom: Schema.String
}), Schema.Struct({
  subAgent: $SubAgentSource()
})))
/**
 * The schema of {@link SessionSource}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SessionSource: Schema.Schema<SessionSource> = exported("SessionSource", $SessionSource)

/**
 * An environment selected by a loaded thread, independent of connection status.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadEnvironment {
  readonly cwd: LegacyAppPathString
  readonly environmentId: string
  readonly runtimeWorkspaceRoots: ReadonlyArray<LegacyAppPathString>
}
const $ThreadEnvironment = lazy("ThreadEnvironment", (): Schema.Schema<ThreadEnvironment> => Schema.Struct({
  cwd: $LegacyAppPathString(),
  environmentId: Schema.String,
  runtimeWorkspaceRoots: Schema.Array($LegacyAppPathString())
}))
/**
 * The schema of {@link ThreadEnvironment}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadEnvironment: Schema.Schema<ThreadEnvironment> = exported("ThreadEnvironment", $ThreadEnvironment)

/**
 * Extra app-server data for a thread.
 *
 * @since 0.1.0
 * @category models
 */
export type ThreadExtra = { readonly [key: string]: unknown }
const $ThreadExtra = lazy("ThreadExtra", (): Schema.Schema<ThreadExtra> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link ThreadExtra}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadExtra: Schema.Schema<ThreadExtra> = exported("ThreadExtra", $ThreadExtra)

/**
 * An independently persisted, user-visible thread section.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadSection {
  /**
   * Optional appearance synchronized across clients.
   */
  readonly appearance?: ThreadSectionAppearance | null
  /**
   * Opaque UUIDv7 identity that remains stable when the section is renamed.
   */
  readonly id: string
  /**
   * The current user-visible section name.
   */
  readonly name: string
}
const $ThreadSection = lazy("ThreadSection", (): Schema.Schema<ThreadSection> => Schema.Struct({
  appearance: optional(Schema.NullOr($ThreadSectionAppearance())),
  id: Schema.String,
  name: Schema.String
}))
/**
 * The schema of {@link ThreadSection}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadSection: Schema.Schema<ThreadSection> = exported("ThreadSection", $ThreadSection)

/**
 * The `ThreadActiveFlag` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ThreadActiveFlag = "waitingOnApproval" | "waitingOnUserInput" | (string & {})
const $ThreadActiveFlag = lazy("ThreadActiveFlag", (): Schema.Schema<ThreadActiveFlag> => Schema.Union(Schema.Literal("waitingOnApproval", "waitingOnUserInput"), Schema.String))
/**
 * The schema of {@link ThreadActiveFlag}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadActiveFlag: Schema.Schema<ThreadActiveFlag> = exported("ThreadActiveFlag", $ThreadActiveFlag)

/**
 * The `ThreadStatus` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ThreadStatus = {
  readonly type: "notLoaded"
} | {
  readonly type: "idle"
} | {
  readonly type: "systemError"
} | {
  readonly activeFlags: ReadonlyArray<ThreadActiveFlag>
  readonly type: "active"
}
const $ThreadStatus = lazy("ThreadStatus", (): Schema.Schema<ThreadStatus> => Schema.Union(Schema.Struct({
  type: Schema.Literal("notLoaded")
}), Schema.Struct({
  type: Schema.Literal("idle")
}), Schema.Struct({
  type: Schema.Literal("systemError")
}), Schema.Struct({
  activeFlags: Schema.Array($ThreadActiveFlag()),
  type: Schema.Literal("active")
})))
/**
 * The schema of {@link ThreadStatus}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadStatus: Schema.Schema<ThreadStatus> = exported("ThreadStatus", $ThreadStatus)

/**
 * The `Thread` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface Thread {
  /**
   * Optional random unique nickname assigned to an AgentControl-spawned sub-agent.
   */
  readonly agentNickname?: string | null
  /**
   * Optional role (agent_role) assigned to an AgentControl-spawned sub-agent.
   */
  readonly agentRole?: string | null
  /**
   * Parent that owns this persisted attached thread, independent of fork or spawn lineage.
   */
  readonly attachedToThreadId?: string | null
  /**
   * Whether the app server accepts direct turn input for this loaded thread. `None` means the capability is unavailable, such as for an unloaded stored thread.
   */
  readonly canAcceptDirectInput?: boolean | null
  /**
   * Version of the CLI that created the thread.
   */
  readonly cliVersion: string
  /**
   * Unix timestamp (in seconds) when the thread was created.
   */
  readonly createdAt: number
  /**
   * Working directory captured for the thread.
   */
  readonly cwd: AbsolutePathBuf
  /**
   * Saved Daybreak choice, independent of turn execution. Null if unset.
   */
  readonly daybreakEnabled?: boolean | null
  /**
   * Current environments for a loaded thread, in priority order, primary first. `null` means the thread is not loaded or the server does not expose its selection. An empty list means no environments are selected. This does not report connection status.
   */
  readonly environments?: ReadonlyArray<ThreadEnvironment> | null
  /**
   * Whether the thread is ephemeral and should not be materialized on disk.
   */
  readonly ephemeral: boolean
  /**
   * Optional implementation-specific thread data.
   */
  readonly extra?: ThreadExtra | null
  /**
   * Source thread id when this thread was created by forking another thread.
   */
  readonly forkedFromId?: string | null
  /**
   * Optional Git metadata captured when the thread was created.
   */
  readonly gitInfo?: GitInfo | null
  /**
   * Persisted thread history contract selected when this thread was created.
   */
  readonly historyMode?: ThreadHistoryMode
  /**
   * Identifier for this thread. Codex-generated thread IDs are UUIDv7.
   */
  readonly id: string
  /**
   * Current configured model when loaded, otherwise the latest persisted model. Null when unavailable. This is not per-turn execution telemetry.
   */
  readonly model?: string | null
  /**
   * Model provider used for this thread (for example, 'openai').
   */
  readonly modelProvider: string
  /**
   * Optional user-facing thread title.
   */
  readonly name?: string | null
  /**
   * Originator recorded when the thread was created, independent of its current client or executor. Null when the recorded originator is unavailable.
   */
  readonly originator?: string | null
  /**
   * The ID of the parent thread. This will only be set if this thread is a subagent.
   */
  readonly parentThreadId?: string | null
  /**
   * [UNSTABLE] Path to the thread on disk.
   */
  readonly path?: string | null
  /**
   * Usually the first user message in the thread, if available.
   */
  readonly preview: string
  /**
   * Canonical project assignment owned by app-server, if any.
   */
  readonly projectId: string | null
  /**
   * Current configured reasoning effort when loaded, otherwise the latest persisted effort. Null when unset or unavailable. This is not per-turn execution telemetry.
   */
  readonly reasoningEffort?: ReasoningEffort | null
  /**
   * Unix timestamp (in seconds) used for thread recency ordering.
   */
  readonly recencyAt?: number | null
  /**
   * The independently persisted section selected for this thread, if any.
   */
  readonly section?: ThreadSection | null
  /**
   * Unix timestamp in seconds when the thread entered its current section.
   */
  readonly sectionEnteredAt?: number | null
  /**
   * Session id shared by threads that belong to the same session tree.
   */
  readonly sessionId: string
  /**
   * Origin of the thread (CLI, VSCode, codex exec, codex app-server, etc.).
   */
  readonly source: SessionSource
  /**
   * Current runtime status for the thread.
   */
  readonly status: ThreadStatus
  /**
   * Optional analytics source classification for this thread.
   */
  readonly threadSource?: ThreadSource | null
  /**
   * Only populated on `thread/resume`, `thread/fork`, and `thread/read` (when `includeTurns` is true) responses. For all other responses and notifications returning a Thread, the turns field will be an empty list.
   */
  readonly turns: ReadonlyArray<Turn>
  /**
   * Unix timestamp (in seconds) when the thread was last updated.
   */
  readonly updatedAt: number
}
const $Thread = lazy("Thread", (): Schema.Schema<Thread> => Schema.Struct({
  agentNickname: optional(Schema.NullOr(Schema.String)),
  agentRole: optional(Schema.NullOr(Schema.String)),
  attachedToThreadId: optional(Schema.NullOr(Schema.String)),
  canAcceptDirectInput: optional(Schema.NullOr(Schema.Boolean)),
  cliVersion: Schema.String,
  createdAt: Schema.Number,
  cwd: $AbsolutePathBuf(),
  daybreakEnabled: optional(Schema.NullOr(Schema.Boolean)),
  environments: optional(Schema.NullOr(Schema.Array($ThreadEnvironment()))),
  ephemeral: Schema.Boolean,
  extra: optional(Schema.NullOr($ThreadExtra())),
  forkedFromId: optional(Schema.NullOr(Schema.String)),
  gitInfo: optional(Schema.NullOr($GitInfo())),
  historyMode: optional($ThreadHistoryMode()),
  id: Schema.String,
  model: optional(Schema.NullOr(Schema.String)),
  modelProvider: Schema.String,
  name: optional(Schema.NullOr(Schema.String)),
  originator: optional(Schema.NullOr(Schema.String)),
  parentThreadId: optional(Schema.NullOr(Schema.String)),
  path: optional(Schema.NullOr(Schema.String)),
  preview: Schema.String,
  projectId: Schema.NullOr(Schema.String),
  reasoningEffort: optional(Schema.NullOr($ReasoningEffort())),
  recencyAt: optional(Schema.NullOr(Schema.Number)),
  section: optional(Schema.NullOr($ThreadSection())),
  sectionEnteredAt: optional(Schema.NullOr(Schema.Number)),
  sessionId: Schema.String,
  source: $SessionSource(),
  status: $ThreadStatus(),
  threadSource: optional(Schema.NullOr($ThreadSource())),
  turns: Schema.Array($Turn()),
  updatedAt: Schema.Number
}))
/**
 * The schema of {@link Thread}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Thread: Schema.Schema<Thread> = exported("Thread", $Thread)

/**
 * The `ThreadSearchResult` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadSearchResult {
  readonly snippet: string
  readonly thread: Thread
}
const $ThreadSearchResult = lazy("ThreadSearchResult", (): Schema.Schema<ThreadSearchResult> => Schema.Struct({
  snippet: Schema.String,
  thread: $Thread()
}))
/**
 * The schema of {@link ThreadSearchResult}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadSearchResult: Schema.Schema<ThreadSearchResult> = exported("ThreadSearchResult", $ThreadSearchResult)

/**
 * A best-effort incremental batch for `thread/search/stream`. Match `requestId` to the request on this connection. Only a small subset of verified matches may be emitted; rows are unique and arrive in discovery order, but may be dropped under load or fall outside the final sorted page. Thread fields use stored metadata and the current watched status; live thread settings are enriched in the final response. Replace provisional rows with the authoritative final response. No partials follow it or an error.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadSearchPartialNotification {
  readonly data: ReadonlyArray<ThreadSearchResult>
  readonly requestId: RequestId
}
const $ThreadSearchPartialNotification = lazy("ThreadSearchPartialNotification", (): Schema.Schema<ThreadSearchPartialNotification> => Schema.Struct({
  data: Schema.Array($ThreadSearchResult()),
  requestId: $RequestId()
}))
/**
 * The schema of {@link ThreadSearchPartialNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadSearchPartialNotification: Schema.Schema<ThreadSearchPartialNotification> = exported("ThreadSearchPartialNotification", $ThreadSearchPartialNotification)

/**
 * Broadcast after a successful move into, within, or out of a section.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadSectionChangedNotification {
  /**
   * Destination section, or `null` when the thread was removed from its section.
   */
  readonly sectionId: string | null
  readonly threadId: string
}
const $ThreadSectionChangedNotification = lazy("ThreadSectionChangedNotification", (): Schema.Schema<ThreadSectionChangedNotification> => Schema.Struct({
  sectionId: Schema.NullOr(Schema.String),
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadSectionChangedNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadSectionChangedNotification: Schema.Schema<ThreadSectionChangedNotification> = exported("ThreadSectionChangedNotification", $ThreadSectionChangedNotification)

/**
 * The `ThreadSettings` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadSettings {
  readonly activePermissionProfile?: ActivePermissionProfile | null
  readonly approvalPolicy: AskForApproval
  readonly approvalsReviewer: ApprovalsReviewer
  readonly collaborationMode: CollaborationMode
  readonly cwd: AbsolutePathBuf
  /**
   * Saved list of disabled plugin IDs. Does not yet filter plugin capabilities.
   */
  readonly disabledPluginIds?: ReadonlyArray<string>
  readonly effort?: ReasoningEffort | null
  /**
   * Environments configured for future turns, in priority order, primary first. `null` means the server does not expose the selection; [] means none are selected.
   */
  readonly environments?: ReadonlyArray<ThreadEnvironment> | null
  readonly model: string
  readonly modelProvider: string
  /**
   * @deprecated Always `explicitRequestOnly`. Use `effort` for Ultra behavior.
   */
  readonly multiAgentMode?: MultiAgentMode
  /**
   * @deprecated Reports the saved setting; `friendly` and `pragmatic` no longer select a style.
   */
  readonly personality?: Personality | null
  readonly sandboxPolicy: SandboxPolicy
  readonly serviceTier?: string | null
  readonly summary?: ReasoningSummary | null
}
const $ThreadSettings = lazy("ThreadSettings", (): Schema.Schema<ThreadSettings> => Schema.Struct({
  activePermissionProfile: optional(Schema.NullOr($ActivePermissionProfile())),
  approvalPolicy: $AskForApproval(),
  approvalsReviewer: $ApprovalsReviewer(),
  collaborationMode: $CollaborationMode(),
  cwd: $AbsolutePathBuf(),
  disabledPluginIds: optional(Schema.Array(Schema.String)),
  effort: optional(Schema.NullOr($ReasoningEffort())),
  environments: optional(Schema.NullOr(Schema.Array($ThreadEnvironment()))),
  model: Schema.String,
  modelProvider: Schema.String,
  multiAgentMode: optional($MultiAgentMode()),
  personality: optional(Schema.NullOr($Personality())),
  sandboxPolicy: $SandboxPolicy(),
  serviceTier: optional(Schema.NullOr(Schema.String)),
  summary: optional(Schema.NullOr($ReasoningSummary()))
}))
/**
 * The schema of {@link ThreadSettings}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadSettings: Schema.Schema<ThreadSettings> = exported("ThreadSettings", $ThreadSettings)

/**
 * The `ThreadSettingsUpdatedNotification` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadSettingsUpdatedNotification {
  readonly threadId: string
  readonly threadSettings: ThreadSettings
}
const $ThreadSettingsUpdatedNotification = lazy("ThreadSettingsUpdatedNotification", (): Schema.Schema<ThreadSettingsUpdatedNotification> => Schema.Struct({
  threadId: Schema.String,
  threadSettings: $ThreadSettings()
}))
/**
 * The schema of {@link ThreadSettingsUpdatedNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadSettingsUpdatedNotification: Schema.Schema<ThreadSettingsUpdatedNotification> = exported("ThreadSettingsUpdatedNotification", $ThreadSettingsUpdatedNotification)

/**
 * The `ThreadStartedNotification` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadStartedNotification {
  readonly thread: Thread
}
const $ThreadStartedNotification = lazy("ThreadStartedNotification", (): Schema.Schema<ThreadStartedNotification> => Schema.Struct({
  thread: $Thread()
}))
/**
 * The schema of {@link ThreadStartedNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadStartedNotification: Schema.Schema<ThreadStartedNotification> = exported("ThreadStartedNotification", $ThreadStartedNotification)

/**
 * The `ThreadStatusChangedNotification` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadStatusChangedNotification {
  readonly status: ThreadStatus
  readonly threadId: string
}
const $ThreadStatusChangedNotification = lazy("ThreadStatusChangedNotification", (): Schema.Schema<ThreadStatusChangedNotification> => Schema.Struct({
  status: $ThreadStatus(),
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadStatusChangedNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadStatusChangedNotification: Schema.Schema<ThreadStatusChangedNotification> = exported("ThreadStatusChangedNotification", $ThreadStatusChangedNotification)

/**
 * The `ThreadTokenUsage` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadTokenUsage {
  readonly last: TokenUsageBreakdown
  readonly modelContextWindow?: number | null
  readonly total: TokenUsageBreakdown
}
const $ThreadTokenUsage = lazy("ThreadTokenUsage", (): Schema.Schema<ThreadTokenUsage> => Schema.Struct({
  last: $TokenUsageBreakdown(),
  modelContextWindow: optional(Schema.NullOr(Schema.Number)),
  total: $TokenUsageBreakdown()
}))
/**
 * The schema of {@link ThreadTokenUsage}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadTokenUsage: Schema.Schema<ThreadTokenUsage> = exported("ThreadTokenUsage", $ThreadTokenUsage)

/**
 * The `ThreadTokenUsageUpdatedNotification` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadTokenUsageUpdatedNotification {
  readonly threadId: string
  readonly tokenUsage: ThreadTokenUsage
  readonly turnId: string
}
const $ThreadTokenUsageUpdatedNotification = lazy("ThreadTokenUsageUpdatedNotification", (): Schema.Schema<ThreadTokenUsageUpdatedNotification> => Schema.Struct({
  threadId: Schema.String,
  tokenUsage: $ThreadTokenUsage(),
  turnId: Schema.String
}))
/**
 * The schema of {@link ThreadTokenUsageUpdatedNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadTokenUsageUpdatedNotification: Schema.Schema<ThreadTokenUsageUpdatedNotification> = exported("ThreadTokenUsageUpdatedNotification", $ThreadTokenUsageUpdatedNotification)

/**
 * The `ThreadUnarchivedNotification` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadUnarchivedNotification {
  readonly threadId: string
}
const $ThreadUnarchivedNotification = lazy("ThreadUnarchivedNotification", (): Schema.Schema<ThreadUnarchivedNotification> => Schema.Struct({
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadUnarchivedNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadUnarchivedNotification: Schema.Schema<ThreadUnarchivedNotification> = exported("ThreadUnarchivedNotification", $ThreadUnarchivedNotification)

/**
 * The `TurnCompletedNotification` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface TurnCompletedNotification {
  readonly threadId: string
  readonly turn: Turn
}
const $TurnCompletedNotification = lazy("TurnCompletedNotification", (): Schema.Schema<TurnCompletedNotification> => Schema.Struct({
  threadId: Schema.String,
  turn: $Turn()
}))
/**
 * The schema of {@link TurnCompletedNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const TurnCompletedNotification: Schema.Schema<TurnCompletedNotification> = exported("TurnCompletedNotification", $TurnCompletedNotification)

/**
 * Notification that the turn-level unified diff has changed. Contains the latest aggregated diff across all file changes in the turn.
 *
 * @since 0.1.0
 * @category models
 */
export interface TurnDiffUpdatedNotification {
  readonly diff: string
  readonly threadId: string
  readonly turnId: string
}
const $TurnDiffUpdatedNotification = lazy("TurnDiffUpdatedNotification", (): Schema.Schema<TurnDiffUpdatedNotification> => Schema.Struct({
  diff: Schema.String,
  threadId: Schema.String,
  turnId: Schema.String
}))
/**
 * The schema of {@link TurnDiffUpdatedNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const TurnDiffUpdatedNotification: Schema.Schema<TurnDiffUpdatedNotification> = exported("TurnDiffUpdatedNotification", $TurnDiffUpdatedNotification)

/**
 * The `TurnModerationMetadataNotification` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface TurnModerationMetadataNotification {
  readonly metadata: unknown
  readonly threadId: string
  readonly turnId: string
}
const $TurnModerationMetadataNotification = lazy("TurnModerationMetadataNotification", (): Schema.Schema<TurnModerationMetadataNotification> => Schema.Struct({
  metadata: Schema.Unknown,
  threadId: Schema.String,
  turnId: Schema.String
}))
/**
 * The schema of {@link TurnModerationMetadataNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const TurnModerationMetadataNotification: Schema.Schema<TurnModerationMetadataNotification> = exported("TurnModerationMetadataNotification", $TurnModerationMetadataNotification)

/**
 * The `TurnPlanStepStatus` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type TurnPlanStepStatus = "pending" | "inProgress" | "completed" | (string & {})
const $TurnPlanStepStatus = lazy("TurnPlanStepStatus", (): Schema.Schema<TurnPlanStepStatus> => Schema.Union(Schema.Literal("pending", "inProgress", "completed"), Schema.String))
/**
 * The schema of {@link TurnPlanStepStatus}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const TurnPlanStepStatus: Schema.Schema<TurnPlanStepStatus> = exported("TurnPlanStepStatus", $TurnPlanStepStatus)

/**
 * The `TurnPlanStep` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface TurnPlanStep {
  readonly status: TurnPlanStepStatus
  readonly step: string
}
const $TurnPlanStep = lazy("TurnPlanStep", (): Schema.Schema<TurnPlanStep> => Schema.Struct({
  status: $TurnPlanStepStatus(),
  step: Schema.String
}))
/**
 * The schema of {@link TurnPlanStep}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const TurnPlanStep: Schema.Schema<TurnPlanStep> = exported("TurnPlanStep", $TurnPlanStep)

/**
 * The `TurnPlanUpdatedNotification` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface TurnPlanUpdatedNotification {
  readonly explanation?: string | null
  readonly plan: ReadonlyArray<TurnPlanStep>
  readonly threadId: string
  readonly turnId: string
}
const $TurnPlanUpdatedNotification = lazy("TurnPlanUpdatedNotification", (): Schema.Schema<TurnPlanUpdatedNotification> => Schema.Struct({
  explanation: optional(Schema.NullOr(Schema.String)),
  plan: Schema.Array($TurnPlanStep()),
  threadId: Schema.String,
  turnId: Schema.String
}))
/**
 * The schema of {@link TurnPlanUpdatedNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const TurnPlanUpdatedNotification: Schema.Schema<TurnPlanUpdatedNotification> = exported("TurnPlanUpdatedNotification", $TurnPlanUpdatedNotification)

/**
 * The `TurnStartedNotification` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface TurnStartedNotification {
  readonly threadId: string
  readonly turn: Turn
}
const $TurnStartedNotification = lazy("TurnStartedNotification", (): Schema.Schema<TurnStartedNotification> => Schema.Struct({
  threadId: Schema.String,
  turn: $Turn()
}))
/**
 * The schema of {@link TurnStartedNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const TurnStartedNotification: Schema.Schema<TurnStartedNotification> = exported("TurnStartedNotification", $TurnStartedNotification)

/**
 * The `WarningNotification` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface WarningNotification {
  /**
   * Concise warning message for the user.
   */
  readonly message: string
  /**
   * Optional thread target when the warning applies to a specific thread.
   */
  readonly threadId?: string | null
}
const $WarningNotification = lazy("WarningNotification", (): Schema.Schema<WarningNotification> => Schema.Struct({
  message: Schema.String,
  threadId: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link WarningNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WarningNotification: Schema.Schema<WarningNotification> = exported("WarningNotification", $WarningNotification)

/**
 * The `WindowsSandboxSetupCompletedNotification` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface WindowsSandboxSetupCompletedNotification {
  readonly error?: string | null
  readonly mode: WindowsSandboxSetupMode
  readonly success: boolean
}
const $WindowsSandboxSetupCompletedNotification = lazy("WindowsSandboxSetupCompletedNotification", (): Schema.Schema<WindowsSandboxSetupCompletedNotification> => Schema.Struct({
  error: optional(Schema.NullOr(Schema.String)),
  mode: $WindowsSandboxSetupMode(),
  success: Schema.Boolean
}))
/**
 * The schema of {@link WindowsSandboxSetupCompletedNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WindowsSandboxSetupCompletedNotification: Schema.Schema<WindowsSandboxSetupCompletedNotification> = exported("WindowsSandboxSetupCompletedNotification", $WindowsSandboxSetupCompletedNotification)

/**
 * The `WindowsWorldWritableWarningNotification` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface WindowsWorldWritableWarningNotification {
  readonly extraCount: number
  readonly failedScan: boolean
  readonly samplePaths: ReadonlyArray<string>
}
const $WindowsWorldWritableWarningNotification = lazy("WindowsWorldWritableWarningNotification", (): Schema.Schema<WindowsWorldWritableWarningNotification> => Schema.Struct({
  extraCount: Schema.Number,
  failedScan: Schema.Boolean,
  samplePaths: Schema.Array(Schema.String)
}))
/**
 * The schema of {@link WindowsWorldWritableWarningNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WindowsWorldWritableWarningNotification: Schema.Schema<WindowsWorldWritableWarningNotification> = exported("WindowsWorldWritableWarningNotification", $WindowsWorldWritableWarningNotification)

/**
 * Notification sent from the server to the client.
 *
 * @since 0.1.0
 * @category models
 */
export type ServerNotification = {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "error"
  readonly params: ErrorNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "thread/started"
  readonly params: ThreadStartedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "thread/status/changed"
  readonly params: ThreadStatusChangedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "thread/readState/changed"
  readonly params: ThreadReadStateChangedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "thread/archived"
  readonly params: ThreadArchivedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "thread/deleted"
  readonly params: ThreadDeletedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "thread/unarchived"
  readonly params: ThreadUnarchivedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "thread/closed"
  readonly params: ThreadClosedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "thread/reverted"
  readonly params: ThreadRevertedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "skills/changed"
  readonly params: SkillsChangedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "thread/name/updated"
  readonly params: ThreadNameUpdatedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "thread/section/changed"
  readonly params: ThreadSectionChangedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "thread/attachment/updated"
  readonly params: ThreadAttachmentUpdatedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "thread/goal/updated"
  readonly params: ThreadGoalUpdatedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "thread/prediction/updated"
  readonly params: ThreadPredictionUpdatedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "thread/goal/cleared"
  readonly params: ThreadGoalClearedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "thread/queue/changed"
  readonly params: ThreadQueueChangedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "project/changed"
  readonly params: ProjectChangedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "thread/project/updated"
  readonly params: ThreadProjectUpdatedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "thread/environment/connected"
  readonly params: EnvironmentConnectionNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "thread/environment/disconnected"
  readonly params: EnvironmentConnectionNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "thread/settings/updated"
  readonly params: ThreadSettingsUpdatedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "thread/tokenUsage/updated"
  readonly params: ThreadTokenUsageUpdatedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "turn/started"
  readonly params: TurnStartedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "hook/started"
  readonly params: HookStartedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "turn/completed"
  readonly params: TurnCompletedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "hook/completed"
  readonly params: HookCompletedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "turn/diff/updated"
  readonly params: TurnDiffUpdatedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "turn/plan/updated"
  readonly params: TurnPlanUpdatedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "item/started"
  readonly params: ItemStartedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "item/autoApprovalReview/started"
  readonly params: ItemGuardianApprovalReviewStartedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "item/autoApprovalReview/completed"
  readonly params: ItemGuardianApprovalReviewCompletedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "autoApprovalReview/strictReviewRequired"
  readonly params: StrictReviewRequiredNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "item/completed"
  readonly params: ItemCompletedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "item/agentMessage/delta"
  readonly params: AgentMessageDeltaNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "item/plan/delta"
  readonly params: PlanDeltaNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "command/exec/outputDelta"
  readonly params: CommandExecOutputDeltaNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "process/outputDelta"
  readonly params: ProcessOutputDeltaNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "thread/search/partial"
  readonly params: ThreadSearchPartialNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "process/exited"
  readonly params: ProcessExitedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "item/commandExecution/outputDelta"
  readonly params: CommandExecutionOutputDeltaNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "item/commandExecution/terminalInteraction"
  readonly params: TerminalInteractionNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "item/fileChange/outputDelta"
  readonly params: FileChangeOutputDeltaNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "item/fileChange/patchUpdated"
  readonly params: FileChangePatchUpdatedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "serverRequest/resolved"
  readonly params: ServerRequestResolvedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "item/mcpToolCall/progress"
  readonly params: McpToolCallProgressNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "mcpServer/oauthLogin/completed"
  readonly params: McpServerOauthLoginCompletedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "mcpServer/startupStatus/updated"
  readonly params: McpServerStatusUpdatedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "mcpServer/event/stream/notification"
  readonly params: McpServerEventStreamNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "account/updated"
  readonly params: AccountUpdatedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "account/gatewayOAuth/changed"
  readonly params: GatewayOAuthChangedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "account/rateLimits/updated"
  readonly params: AccountRateLimitsUpdatedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "app/list/updated"
  readonly params: AppListUpdatedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "remoteControl/status/changed"
  readonly params: RemoteControlStatusChangedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "externalAgentConfig/import/progress"
  readonly params: ExternalAgentConfigImportProgressNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "externalAgentConfig/import/completed"
  readonly params: ExternalAgentConfigImportCompletedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "fs/changed"
  readonly params: FsChangedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "item/reasoning/summaryTextDelta"
  readonly params: ReasoningSummaryTextDeltaNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "item/reasoning/summaryPartAdded"
  readonly params: ReasoningSummaryPartAddedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "item/reasoning/textDelta"
  readonly params: ReasoningTextDeltaNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "thread/compacted"
  readonly params: ContextCompactedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "model/rerouted"
  readonly params: ModelReroutedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "model/verification"
  readonly params: ModelVerificationNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "modelProvider/authRecoveryStarted"
  readonly params: AuthRecoveryNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "modelProvider/authRecoveryCompleted"
  readonly params: AuthRecoveryNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "turn/moderationMetadata"
  readonly params: TurnModerationMetadataNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "model/safetyBuffering/updated"
  readonly params: ModelSafetyBufferingUpdatedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "warning"
  readonly params: WarningNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "guardianWarning"
  readonly params: GuardianWarningNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "deprecationNotice"
  readonly params: DeprecationNoticeNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "configWarning"
  readonly params: ConfigWarningNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "fuzzyFileSearch/sessionUpdated"
  readonly params: FuzzyFileSearchSessionUpdatedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "fuzzyFileSearch/sessionCompleted"
  readonly params: FuzzyFileSearchSessionCompletedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "thread/realtime/started"
  readonly params: ThreadRealtimeStartedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "thread/realtime/itemAdded"
  readonly params: ThreadRealtimeItemAddedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "thread/realtime/item/started"
  readonly params: ThreadRealtimeItemStartedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "thread/realtime/item/transcript/delta"
  readonly params: ThreadRealtimeItemTranscriptDeltaNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "thread/realtime/item/completed"
  readonly params: ThreadRealtimeItemCompletedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "thread/realtime/transcript/delta"
  readonly params: ThreadRealtimeTranscriptDeltaNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "thread/realtime/transcript/done"
  readonly params: ThreadRealtimeTranscriptDoneNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "thread/realtime/outputAudio/delta"
  readonly params: ThreadRealtimeOutputAudioDeltaNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "thread/realtime/sdp"
  readonly params: ThreadRealtimeSdpNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "thread/realtime/error"
  readonly params: ThreadRealtimeErrorNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "thread/realtime/closed"
  readonly params: ThreadRealtimeClosedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "windows/worldWritableWarning"
  readonly params: WindowsWorldWritableWarningNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "windowsSandbox/setupCompleted"
  readonly params: WindowsSandboxSetupCompletedNotification
} | {
  /**
   * Unix timestamp (in milliseconds) when app-server emitted this notification.
   */
  readonly emittedAtMs?: number
  readonly method: "account/login/completed"
  readonly params: AccountLoginCompletedNotification
}
const $ServerNotification = lazy("ServerNotification", (): Schema.Schema<ServerNotification> => Schema.Union(Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("error"),
  params: $ErrorNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("thread/started"),
  params: $ThreadStartedNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("thread/status/changed"),
  params: $ThreadStatusChangedNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("thread/readState/changed"),
  params: $ThreadReadStateChangedNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("thread/archived"),
  params: $ThreadArchivedNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("thread/deleted"),
  params: $ThreadDeletedNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("thread/unarchived"),
  params: $ThreadUnarchivedNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("thread/closed"),
  params: $ThreadClosedNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("thread/reverted"),
  params: $ThreadRevertedNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("skills/changed"),
  params: $SkillsChangedNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("thread/name/updated"),
  params: $ThreadNameUpdatedNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("thread/section/changed"),
  params: $ThreadSectionChangedNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("thread/attachment/updated"),
  params: $ThreadAttachmentUpdatedNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("thread/goal/updated"),
  params: $ThreadGoalUpdatedNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("thread/prediction/updated"),
  params: $ThreadPredictionUpdatedNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("thread/goal/cleared"),
  params: $ThreadGoalClearedNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("thread/queue/changed"),
  params: $ThreadQueueChangedNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("project/changed"),
  params: $ProjectChangedNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("thread/project/updated"),
  params: $ThreadProjectUpdatedNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("thread/environment/connected"),
  params: $EnvironmentConnectionNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("thread/environment/disconnected"),
  params: $EnvironmentConnectionNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("thread/settings/updated"),
  params: $ThreadSettingsUpdatedNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("thread/tokenUsage/updated"),
  params: $ThreadTokenUsageUpdatedNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("turn/started"),
  params: $TurnStartedNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("hook/started"),
  params: $HookStartedNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("turn/completed"),
  params: $TurnCompletedNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("hook/completed"),
  params: $HookCompletedNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("turn/diff/updated"),
  params: $TurnDiffUpdatedNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("turn/plan/updated"),
  params: $TurnPlanUpdatedNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("item/started"),
  params: $ItemStartedNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("item/autoApprovalReview/started"),
  params: $ItemGuardianApprovalReviewStartedNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("item/autoApprovalReview/completed"),
  params: $ItemGuardianApprovalReviewCompletedNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("autoApprovalReview/strictReviewRequired"),
  params: $StrictReviewRequiredNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("item/completed"),
  params: $ItemCompletedNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("item/agentMessage/delta"),
  params: $AgentMessageDeltaNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("item/plan/delta"),
  params: $PlanDeltaNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("command/exec/outputDelta"),
  params: $CommandExecOutputDeltaNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("process/outputDelta"),
  params: $ProcessOutputDeltaNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("thread/search/partial"),
  params: $ThreadSearchPartialNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("process/exited"),
  params: $ProcessExitedNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("item/commandExecution/outputDelta"),
  params: $CommandExecutionOutputDeltaNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("item/commandExecution/terminalInteraction"),
  params: $TerminalInteractionNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("item/fileChange/outputDelta"),
  params: $FileChangeOutputDeltaNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("item/fileChange/patchUpdated"),
  params: $FileChangePatchUpdatedNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("serverRequest/resolved"),
  params: $ServerRequestResolvedNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("item/mcpToolCall/progress"),
  params: $McpToolCallProgressNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("mcpServer/oauthLogin/completed"),
  params: $McpServerOauthLoginCompletedNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("mcpServer/startupStatus/updated"),
  params: $McpServerStatusUpdatedNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("mcpServer/event/stream/notification"),
  params: $McpServerEventStreamNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("account/updated"),
  params: $AccountUpdatedNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("account/gatewayOAuth/changed"),
  params: $GatewayOAuthChangedNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("account/rateLimits/updated"),
  params: $AccountRateLimitsUpdatedNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("app/list/updated"),
  params: $AppListUpdatedNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("remoteControl/status/changed"),
  params: $RemoteControlStatusChangedNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("externalAgentConfig/import/progress"),
  params: $ExternalAgentConfigImportProgressNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("externalAgentConfig/import/completed"),
  params: $ExternalAgentConfigImportCompletedNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("fs/changed"),
  params: $FsChangedNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("item/reasoning/summaryTextDelta"),
  params: $ReasoningSummaryTextDeltaNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("item/reasoning/summaryPartAdded"),
  params: $ReasoningSummaryPartAddedNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("item/reasoning/textDelta"),
  params: $ReasoningTextDeltaNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("thread/compacted"),
  params: $ContextCompactedNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("model/rerouted"),
  params: $ModelReroutedNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("model/verification"),
  params: $ModelVerificationNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("modelProvider/authRecoveryStarted"),
  params: $AuthRecoveryNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("modelProvider/authRecoveryCompleted"),
  params: $AuthRecoveryNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("turn/moderationMetadata"),
  params: $TurnModerationMetadataNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("model/safetyBuffering/updated"),
  params: $ModelSafetyBufferingUpdatedNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("warning"),
  params: $WarningNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("guardianWarning"),
  params: $GuardianWarningNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("deprecationNotice"),
  params: $DeprecationNoticeNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("configWarning"),
  params: $ConfigWarningNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("fuzzyFileSearch/sessionUpdated"),
  params: $FuzzyFileSearchSessionUpdatedNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("fuzzyFileSearch/sessionCompleted"),
  params: $FuzzyFileSearchSessionCompletedNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("thread/realtime/started"),
  params: $ThreadRealtimeStartedNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("thread/realtime/itemAdded"),
  params: $ThreadRealtimeItemAddedNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("thread/realtime/item/started"),
  params: $ThreadRealtimeItemStartedNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("thread/realtime/item/transcript/delta"),
  params: $ThreadRealtimeItemTranscriptDeltaNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("thread/realtime/item/completed"),
  params: $ThreadRealtimeItemCompletedNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("thread/realtime/transcript/delta"),
  params: $ThreadRealtimeTranscriptDeltaNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("thread/realtime/transcript/done"),
  params: $ThreadRealtimeTranscriptDoneNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("thread/realtime/outputAudio/delta"),
  params: $ThreadRealtimeOutputAudioDeltaNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("thread/realtime/sdp"),
  params: $ThreadRealtimeSdpNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("thread/realtime/error"),
  params: $ThreadRealtimeErrorNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("thread/realtime/closed"),
  params: $ThreadRealtimeClosedNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("windows/worldWritableWarning"),
  params: $WindowsWorldWritableWarningNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("windowsSandbox/setupCompleted"),
  params: $WindowsSandboxSetupCompletedNotification()
}), Schema.Struct({
  emittedAtMs: optional(Schema.Number),
  method: Schema.Literal("account/login/completed"),
  params: $AccountLoginCompletedNotification()
})))
/**
 * The schema of {@link ServerNotification}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ServerNotification: Schema.Schema<ServerNotification> = exported("ServerNotification", $ServerNotification)

/**
 * EXPERIMENTAL. Defines a single selectable option for request_user_input.
 *
 * @since 0.1.0
 * @category models
 */
export interface ToolRequestUserInputOption {
  readonly description: string
  readonly label: string
}
const $ToolRequestUserInputOption = lazy("ToolRequestUserInputOption", (): Schema.Schema<ToolRequestUserInputOption> => Schema.Struct({
  description: Schema.String,
  label: Schema.String
}))
/**
 * The schema of {@link ToolRequestUserInputOption}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ToolRequestUserInputOption: Schema.Schema<ToolRequestUserInputOption> = exported("ToolRequestUserInputOption", $ToolRequestUserInputOption)

/**
 * EXPERIMENTAL. Represents one request_user_input question and its required options.
 *
 * @since 0.1.0
 * @category models
 */
export interface ToolRequestUserInputQuestion {
  readonly header: string
  readonly id: string
  readonly isOther?: boolean
  readonly isSecret?: boolean
  readonly options?: ReadonlyArray<ToolRequestUserInputOption> | null
  readonly question: string
}
const $ToolRequestUserInputQuestion = lazy("ToolRequestUserInputQuestion", (): Schema.Schema<ToolRequestUserInputQuestion> => Schema.Struct({
  header: Schema.String,
  id: Schema.String,
  isOther: optional(Schema.Boolean),
  isSecret: optional(Schema.Boolean),
  options: optional(Schema.NullOr(Schema.Array($ToolRequestUserInputOption()))),
  question: Schema.String
}))
/**
 * The schema of {@link ToolRequestUserInputQuestion}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ToolRequestUserInputQuestion: Schema.Schema<ToolRequestUserInputQuestion> = exported("ToolRequestUserInputQuestion", $ToolRequestUserInputQuestion)

/**
 * EXPERIMENTAL. Params sent with a request_user_input event.
 *
 * @since 0.1.0
 * @category models
 */
export interface ToolRequestUserInputParams {
  /**
   * @deprecated Use `isBlocking` to decide whether the request should block.
   */
  readonly autoResolutionMs?: number | null
  readonly isBlocking: boolean
  readonly itemId: string
  readonly questions: ReadonlyArray<ToolRequestUserInputQuestion>
  readonly threadId: string
  readonly turnId: string
}
const $ToolRequestUserInputParams = lazy("ToolRequestUserInputParams", (): Schema.Schema<ToolRequestUserInputParams> => Schema.Struct({
  autoResolutionMs: optional(Schema.NullOr(Schema.Number)),
  isBlocking: Schema.Boolean,
  itemId: Schema.String,
  questions: Schema.Array($ToolRequestUserInputQuestion()),
  threadId: Schema.String,
  turnId: Schema.String
}))
/**
 * The schema of {@link ToolRequestUserInputParams}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ToolRequestUserInputParams: Schema.Schema<ToolRequestUserInputParams> = exported("ToolRequestUserInputParams", $ToolRequestUserInputParams)

/**
 * Request initiated from the server and sent to the client.
 *
 * @since 0.1.0
 * @category models
 */
export type ServerRequest = {
  readonly id: RequestId
  readonly method: "item/commandExecution/requestApproval"
  readonly params: CommandExecutionRequestApprovalParams
} | {
  readonly id: RequestId
  readonly method: "item/fileChange/requestApproval"
  readonly params: FileChangeRequestApprovalParams
} | {
  readonly id: RequestId
  readonly method: "item/tool/requestUserInput"
  readonly params: ToolRequestUserInputParams
} | {
  readonly id: RequestId
  readonly method: "mcpServer/elicitation/request"
  readonly params: McpServerElicitationRequestParams
} | {
  readonly id: RequestId
  readonly method: "item/permissions/requestApproval"
  readonly params: PermissionsRequestApprovalParams
} | {
  readonly id: RequestId
  readonly method: "item/tool/call"
  readonly params: DynamicToolCallParams
} | {
  readonly id: RequestId
  readonly method: "account/chatgptAuthTokens/refresh"
  readonly params: ChatgptAuthTokensRefreshParams
} | {
  readonly id: RequestId
  readonly method: "attestation/generate"
  readonly params: AttestationGenerateParams
} | {
  readonly id: RequestId
  readonly method: "applyPatchApproval"
  readonly params: ApplyPatchApprovalParams
} | {
  readonly id: RequestId
  readonly method: "execCommandApproval"
  readonly params: ExecCommandApprovalParams
}
const $ServerRequest = lazy("ServerRequest", (): Schema.Schema<ServerRequest> => Schema.Union(Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("item/commandExecution/requestApproval"),
  params: $CommandExecutionRequestApprovalParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("item/fileChange/requestApproval"),
  params: $FileChangeRequestApprovalParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("item/tool/requestUserInput"),
  params: $ToolRequestUserInputParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("mcpServer/elicitation/request"),
  params: $McpServerElicitationRequestParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("item/permissions/requestApproval"),
  params: $PermissionsRequestApprovalParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("item/tool/call"),
  params: $DynamicToolCallParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("account/chatgptAuthTokens/refresh"),
  params: $ChatgptAuthTokensRefreshParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("attestation/generate"),
  params: $AttestationGenerateParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("applyPatchApproval"),
  params: $ApplyPatchApprovalParams()
}), Schema.Struct({
  id: $RequestId(),
  method: Schema.Literal("execCommandApproval"),
  params: $ExecCommandApprovalParams()
})))
/**
 * The schema of {@link ServerRequest}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ServerRequest: Schema.Schema<ServerRequest> = exported("ServerRequest", $ServerRequest)

/**
 * The `SkillToolDependency` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface SkillToolDependency {
  readonly command?: string | null
  readonly description?: string | null
  readonly transport?: string | null
  readonly type: string
  readonly url?: string | null
  readonly value: string
}
const $SkillToolDependency = lazy("SkillToolDependency", (): Schema.Schema<SkillToolDependency> => Schema.Struct({
  command: optional(Schema.NullOr(Schema.String)),
  description: optional(Schema.NullOr(Schema.String)),
  transport: optional(Schema.NullOr(Schema.String)),
  type: Schema.String,
  url: optional(Schema.NullOr(Schema.String)),
  value: Schema.String
}))
/**
 * The schema of {@link SkillToolDependency}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SkillToolDependency: Schema.Schema<SkillToolDependency> = exported("SkillToolDependency", $SkillToolDependency)

/**
 * The `SkillDependencies` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface SkillDependencies {
  readonly tools: ReadonlyArray<SkillToolDependency>
}
const $SkillDependencies = lazy("SkillDependencies", (): Schema.Schema<SkillDependencies> => Schema.Struct({
  tools: Schema.Array($SkillToolDependency())
}))
/**
 * The schema of {@link SkillDependencies}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SkillDependencies: Schema.Schema<SkillDependencies> = exported("SkillDependencies", $SkillDependencies)

/**
 * The `SkillErrorInfo` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface SkillErrorInfo {
  readonly message: string
  readonly path: string
}
const $SkillErrorInfo = lazy("SkillErrorInfo", (): Schema.Schema<SkillErrorInfo> => Schema.Struct({
  message: Schema.String,
  path: Schema.String
}))
/**
 * The schema of {@link SkillErrorInfo}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SkillErrorInfo: Schema.Schema<SkillErrorInfo> = exported("SkillErrorInfo", $SkillErrorInfo)

/**
 * The `SkillScope` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type SkillScope = "user" | "repo" | "system" | "admin" | (string & {})
const $SkillScope = lazy("SkillScope", (): Schema.Schema<SkillScope> => Schema.Union(Schema.Literal("user", "repo", "system", "admin"), Schema.String))
/**
 * The schema of {@link SkillScope}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SkillScope: Schema.Schema<SkillScope> = exported("SkillScope", $SkillScope)

/**
 * The `SkillMetadata` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface SkillMetadata {
  readonly dependencies?: SkillDependencies | null
  readonly description: string
  readonly enabled: boolean
  readonly interface?: SkillInterface | null
  readonly name: string
  readonly path: LegacyAppPathString
  /**
   * Owning plugin ID, matching `PluginSummary.id`, when known.
   */
  readonly pluginId?: string | null
  readonly scope: SkillScope
  /**
   * Legacy short_description from SKILL.md. Prefer SKILL.json interface.short_description.
   */
  readonly shortDescription?: string | null
}
const $SkillMetadata = lazy("SkillMetadata", (): Schema.Schema<SkillMetadata> => Schema.Struct({
  dependencies: optional(Schema.NullOr($SkillDependencies())),
  description: Schema.String,
  enabled: Schema.Boolean,
  interface: optional(Schema.NullOr($SkillInterface())),
  name: Schema.String,
  path: $LegacyAppPathString(),
  pluginId: optional(Schema.NullOr(Schema.String)),
  scope: $SkillScope(),
  shortDescription: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link SkillMetadata}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SkillMetadata: Schema.Schema<SkillMetadata> = exported("SkillMetadata", $SkillMetadata)

/**
 * The `SkillsConfigWriteResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface SkillsConfigWriteResponse {
  readonly effectiveEnabled: boolean
}
const $SkillsConfigWriteResponse = lazy("SkillsConfigWriteResponse", (): Schema.Schema<SkillsConfigWriteResponse> => Schema.Struct({
  effectiveEnabled: Schema.Boolean
}))
/**
 * The schema of {@link SkillsConfigWriteResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SkillsConfigWriteResponse: Schema.Schema<SkillsConfigWriteResponse> = exported("SkillsConfigWriteResponse", $SkillsConfigWriteResponse)

/**
 * The `SkillsExtraRootsSetResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type SkillsExtraRootsSetResponse = { readonly [key: string]: unknown }
const $SkillsExtraRootsSetResponse = lazy("SkillsExtraRootsSetResponse", (): Schema.Schema<SkillsExtraRootsSetResponse> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link SkillsExtraRootsSetResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SkillsExtraRootsSetResponse: Schema.Schema<SkillsExtraRootsSetResponse> = exported("SkillsExtraRootsSetResponse", $SkillsExtraRootsSetResponse)

/**
 * The `SkillsListEntry` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface SkillsListEntry {
  readonly cwd: string
  readonly errors: ReadonlyArray<SkillErrorInfo>
  readonly skills: ReadonlyArray<SkillMetadata>
}
const $SkillsListEntry = lazy("SkillsListEntry", (): Schema.Schema<SkillsListEntry> => Schema.Struct({
  cwd: Schema.String,
  errors: Schema.Array($SkillErrorInfo()),
  skills: Schema.Array($SkillMetadata())
}))
/**
 * The schema of {@link SkillsListEntry}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SkillsListEntry: Schema.Schema<SkillsListEntry> = exported("SkillsListEntry", $SkillsListEntry)

/**
 * The `SkillsListResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface SkillsListResponse {
  readonly data: ReadonlyArray<SkillsListEntry>
}
const $SkillsListResponse = lazy("SkillsListResponse", (): Schema.Schema<SkillsListResponse> => Schema.Struct({
  data: Schema.Array($SkillsListEntry())
}))
/**
 * The schema of {@link SkillsListResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SkillsListResponse: Schema.Schema<SkillsListResponse> = exported("SkillsListResponse", $SkillsListResponse)

/**
 * The `ThreadApproveGuardianDeniedActionResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ThreadApproveGuardianDeniedActionResponse = { readonly [key: string]: unknown }
const $ThreadApproveGuardianDeniedActionResponse = lazy("ThreadApproveGuardianDeniedActionResponse", (): Schema.Schema<ThreadApproveGuardianDeniedActionResponse> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link ThreadApproveGuardianDeniedActionResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadApproveGuardianDeniedActionResponse: Schema.Schema<ThreadApproveGuardianDeniedActionResponse> = exported("ThreadApproveGuardianDeniedActionResponse", $ThreadApproveGuardianDeniedActionResponse)

/**
 * The `ThreadArchiveResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ThreadArchiveResponse = { readonly [key: string]: unknown }
const $ThreadArchiveResponse = lazy("ThreadArchiveResponse", (): Schema.Schema<ThreadArchiveResponse> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link ThreadArchiveResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadArchiveResponse: Schema.Schema<ThreadArchiveResponse> = exported("ThreadArchiveResponse", $ThreadArchiveResponse)

/**
 * An independently persisted attachment associated with a thread.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadAttachment {
  readonly attachmentType: string
  readonly createdAt: number
  readonly id: string
  readonly identityKey: string
  readonly payload: unknown
}
const $ThreadAttachment = lazy("ThreadAttachment", (): Schema.Schema<ThreadAttachment> => Schema.Struct({
  attachmentType: Schema.String,
  createdAt: Schema.Number,
  id: Schema.String,
  identityKey: Schema.String,
  payload: Schema.Unknown
}))
/**
 * The schema of {@link ThreadAttachment}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadAttachment: Schema.Schema<ThreadAttachment> = exported("ThreadAttachment", $ThreadAttachment)

/**
 * Result of attempting to associate an attachment with a thread.
 *
 * @since 0.1.0
 * @category models
 */
export type ThreadAttachmentAddOutcome = "created" | "existing" | (string & {})
const $ThreadAttachmentAddOutcome = lazy("ThreadAttachmentAddOutcome", (): Schema.Schema<ThreadAttachmentAddOutcome> => Schema.Union(Schema.Literal("created", "existing"), Schema.String))
/**
 * The schema of {@link ThreadAttachmentAddOutcome}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadAttachmentAddOutcome: Schema.Schema<ThreadAttachmentAddOutcome> = exported("ThreadAttachmentAddOutcome", $ThreadAttachmentAddOutcome)

/**
 * The created or existing attachment.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadAttachmentAddResponse {
  readonly attachment: ThreadAttachment
  readonly outcome: ThreadAttachmentAddOutcome
}
const $ThreadAttachmentAddResponse = lazy("ThreadAttachmentAddResponse", (): Schema.Schema<ThreadAttachmentAddResponse> => Schema.Struct({
  attachment: $ThreadAttachment(),
  outcome: $ThreadAttachmentAddOutcome()
}))
/**
 * The schema of {@link ThreadAttachmentAddResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadAttachmentAddResponse: Schema.Schema<ThreadAttachmentAddResponse> = exported("ThreadAttachmentAddResponse", $ThreadAttachmentAddResponse)

/**
 * One page of attachments associated with the requested thread.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadAttachmentListResponse {
  readonly data: ReadonlyArray<ThreadAttachment>
  readonly nextCursor?: string | null
}
const $ThreadAttachmentListResponse = lazy("ThreadAttachmentListResponse", (): Schema.Schema<ThreadAttachmentListResponse> => Schema.Struct({
  data: Schema.Array($ThreadAttachment()),
  nextCursor: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link ThreadAttachmentListResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadAttachmentListResponse: Schema.Schema<ThreadAttachmentListResponse> = exported("ThreadAttachmentListResponse", $ThreadAttachmentListResponse)

/**
 * A thread that currently owns an attachment with the requested identity.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadAttachmentOwner {
  /**
   * Whether the owning thread is archived, not whether it is currently executing a turn.
   */
  readonly archived: boolean
  readonly threadId: string
}
const $ThreadAttachmentOwner = lazy("ThreadAttachmentOwner", (): Schema.Schema<ThreadAttachmentOwner> => Schema.Struct({
  archived: Schema.Boolean,
  threadId: Schema.String
}))
/**
 * The schema of {@link ThreadAttachmentOwner}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadAttachmentOwner: Schema.Schema<ThreadAttachmentOwner> = exported("ThreadAttachmentOwner", $ThreadAttachmentOwner)

/**
 * One page of matching owners, including threads without their own user messages.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadAttachmentOwnerListResponse {
  readonly data: ReadonlyArray<ThreadAttachmentOwner>
  readonly nextCursor?: string | null
}
const $ThreadAttachmentOwnerListResponse = lazy("ThreadAttachmentOwnerListResponse", (): Schema.Schema<ThreadAttachmentOwnerListResponse> => Schema.Struct({
  data: Schema.Array($ThreadAttachmentOwner()),
  nextCursor: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link ThreadAttachmentOwnerListResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadAttachmentOwnerListResponse: Schema.Schema<ThreadAttachmentOwnerListResponse> = exported("ThreadAttachmentOwnerListResponse", $ThreadAttachmentOwnerListResponse)

/**
 * Successful deletion does not return additional attachment data.
 *
 * @since 0.1.0
 * @category models
 */
export type ThreadAttachmentRemoveResponse = { readonly [key: string]: unknown }
const $ThreadAttachmentRemoveResponse = lazy("ThreadAttachmentRemoveResponse", (): Schema.Schema<ThreadAttachmentRemoveResponse> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link ThreadAttachmentRemoveResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadAttachmentRemoveResponse: Schema.Schema<ThreadAttachmentRemoveResponse> = exported("ThreadAttachmentRemoveResponse", $ThreadAttachmentRemoveResponse)

/**
 * The `ThreadBackgroundTerminal` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadBackgroundTerminal {
  readonly command: string
  readonly cpuPercent?: number | null
  readonly cwd: LegacyAppPathString
  readonly itemId: string
  readonly osPid?: number | null
  readonly processId: string
  readonly rssKb?: number | null
}
const $ThreadBackgroundTerminal = lazy("ThreadBackgroundTerminal", (): Schema.Schema<ThreadBackgroundTerminal> => Schema.Struct({
  command: Schema.String,
  cpuPercent: optional(Schema.NullOr(Schema.Number)),
  cwd: $LegacyAppPathString(),
  itemId: Schema.String,
  osPid: optional(Schema.NullOr(Schema.Int)),
  processId: Schema.String,
  rssKb: optional(Schema.NullOr(Schema.Number))
}))
/**
 * The schema of {@link ThreadBackgroundTerminal}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadBackgroundTerminal: Schema.Schema<ThreadBackgroundTerminal> = exported("ThreadBackgroundTerminal", $ThreadBackgroundTerminal)

/**
 * The `ThreadBackgroundTerminalsCleanResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ThreadBackgroundTerminalsCleanResponse = { readonly [key: string]: unknown }
const $ThreadBackgroundTerminalsCleanResponse = lazy("ThreadBackgroundTerminalsCleanResponse", (): Schema.Schema<ThreadBackgroundTerminalsCleanResponse> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link ThreadBackgroundTerminalsCleanResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadBackgroundTerminalsCleanResponse: Schema.Schema<ThreadBackgroundTerminalsCleanResponse> = exported("ThreadBackgroundTerminalsCleanResponse", $ThreadBackgroundTerminalsCleanResponse)

/**
 * The `ThreadBackgroundTerminalsListResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadBackgroundTerminalsListResponse {
  readonly data: ReadonlyArray<ThreadBackgroundTerminal>
  /**
   * Opaque cursor to pass to the next call to continue after the last item. If None, there are no more items to return.
   */
  readonly nextCursor?: string | null
}
const $ThreadBackgroundTerminalsListResponse = lazy("ThreadBackgroundTerminalsListResponse", (): Schema.Schema<ThreadBackgroundTerminalsListResponse> => Schema.Struct({
  data: Schema.Array($ThreadBackgroundTerminal()),
  nextCursor: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link ThreadBackgroundTerminalsListResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadBackgroundTerminalsListResponse: Schema.Schema<ThreadBackgroundTerminalsListResponse> = exported("ThreadBackgroundTerminalsListResponse", $ThreadBackgroundTerminalsListResponse)

/**
 * The `ThreadBackgroundTerminalsTerminateResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadBackgroundTerminalsTerminateResponse {
  readonly terminated: boolean
}
const $ThreadBackgroundTerminalsTerminateResponse = lazy("ThreadBackgroundTerminalsTerminateResponse", (): Schema.Schema<ThreadBackgroundTerminalsTerminateResponse> => Schema.Struct({
  terminated: Schema.Boolean
}))
/**
 * The schema of {@link ThreadBackgroundTerminalsTerminateResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadBackgroundTerminalsTerminateResponse: Schema.Schema<ThreadBackgroundTerminalsTerminateResponse> = exported("ThreadBackgroundTerminalsTerminateResponse", $ThreadBackgroundTerminalsTerminateResponse)

/**
 * The `ThreadCompactStartResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ThreadCompactStartResponse = { readonly [key: string]: unknown }
const $ThreadCompactStartResponse = lazy("ThreadCompactStartResponse", (): Schema.Schema<ThreadCompactStartResponse> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link ThreadCompactStartResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadCompactStartResponse: Schema.Schema<ThreadCompactStartResponse> = exported("ThreadCompactStartResponse", $ThreadCompactStartResponse)

/**
 * Response for `thread/decrement_elicitation`.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadDecrementElicitationResponse {
  /**
   * Current out-of-band elicitation count after the decrement.
   */
  readonly count: number
  /**
   * Whether timeout accounting remains paused after applying the decrement.
   */
  readonly paused: boolean
}
const $ThreadDecrementElicitationResponse = lazy("ThreadDecrementElicitationResponse", (): Schema.Schema<ThreadDecrementElicitationResponse> => Schema.Struct({
  count: Schema.Number,
  paused: Schema.Boolean
}))
/**
 * The schema of {@link ThreadDecrementElicitationResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadDecrementElicitationResponse: Schema.Schema<ThreadDecrementElicitationResponse> = exported("ThreadDecrementElicitationResponse", $ThreadDecrementElicitationResponse)

/**
 * The `ThreadDeleteResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ThreadDeleteResponse = { readonly [key: string]: unknown }
const $ThreadDeleteResponse = lazy("ThreadDeleteResponse", (): Schema.Schema<ThreadDeleteResponse> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link ThreadDeleteResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadDeleteResponse: Schema.Schema<ThreadDeleteResponse> = exported("ThreadDeleteResponse", $ThreadDeleteResponse)

/**
 * The `ThreadForkResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadForkResponse {
  /**
   * Named or implicit built-in profile that produced the active permissions, when known.
   */
  readonly activePermissionProfile?: ActivePermissionProfile | null
  readonly approvalPolicy: AskForApproval
  /**
   * Reviewer currently used for approval requests on this thread.
   */
  readonly approvalsReviewer: ApprovalsReviewer
  readonly cwd: AbsolutePathBuf
  /**
   * Saved list of disabled plugin IDs. Does not yet filter plugin capabilities.
   */
  readonly disabledPluginIds?: ReadonlyArray<string>
  /**
   * Environment-native paths to instruction source files currently loaded for this thread.
   */
  readonly instructionSources?: ReadonlyArray<LegacyAppPathString>
  readonly model: string
  readonly modelProvider: string
  /**
   * @deprecated Always `explicitRequestOnly`. Use `reasoningEffort` for Ultra behavior.
   */
  readonly multiAgentMode?: MultiAgentMode
  readonly reasoningEffort?: ReasoningEffort | null
  /**
   * Thread-scoped runtime workspace roots used to materialize `:workspace_roots`.
   */
  readonly runtimeWorkspaceRoots?: ReadonlyArray<AbsolutePathBuf>
  /**
   * Legacy sandbox policy retained for compatibility. Experimental clients should prefer `activePermissionProfile` for profile provenance.
   */
  readonly sandbox: SandboxPolicy
  readonly serviceTier?: string | null
  readonly thread: Thread
}
const $ThreadForkResponse = lazy("ThreadForkResponse", (): Schema.Schema<ThreadForkResponse> => Schema.Struct({
  activePermissionProfile: optional(Schema.NullOr($ActivePermissionProfile())),
  approvalPolicy: $AskForApproval(),
  approvalsReviewer: $ApprovalsReviewer(),
  cwd: $AbsolutePathBuf(),
  disabledPluginIds: optional(Schema.Array(Schema.String)),
  instructionSources: optional(Schema.Array($LegacyAppPathString())),
  model: Schema.String,
  modelProvider: Schema.String,
  multiAgentMode: optional($MultiAgentMode()),
  reasoningEffort: optional(Schema.NullOr($ReasoningEffort())),
  runtimeWorkspaceRoots: optional(Schema.Array($AbsolutePathBuf())),
  sandbox: $SandboxPolicy(),
  serviceTier: optional(Schema.NullOr(Schema.String)),
  thread: $Thread()
}))
/**
 * The schema of {@link ThreadForkResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadForkResponse: Schema.Schema<ThreadForkResponse> = exported("ThreadForkResponse", $ThreadForkResponse)

/**
 * The `ThreadGoalClearResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadGoalClearResponse {
  readonly cleared: boolean
}
const $ThreadGoalClearResponse = lazy("ThreadGoalClearResponse", (): Schema.Schema<ThreadGoalClearResponse> => Schema.Struct({
  cleared: Schema.Boolean
}))
/**
 * The schema of {@link ThreadGoalClearResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadGoalClearResponse: Schema.Schema<ThreadGoalClearResponse> = exported("ThreadGoalClearResponse", $ThreadGoalClearResponse)

/**
 * The `ThreadGoalGetResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadGoalGetResponse {
  readonly goal?: ThreadGoal | null
}
const $ThreadGoalGetResponse = lazy("ThreadGoalGetResponse", (): Schema.Schema<ThreadGoalGetResponse> => Schema.Struct({
  goal: optional(Schema.NullOr($ThreadGoal()))
}))
/**
 * The schema of {@link ThreadGoalGetResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadGoalGetResponse: Schema.Schema<ThreadGoalGetResponse> = exported("ThreadGoalGetResponse", $ThreadGoalGetResponse)

/**
 * The `ThreadGoalSetResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadGoalSetResponse {
  readonly goal: ThreadGoal
}
const $ThreadGoalSetResponse = lazy("ThreadGoalSetResponse", (): Schema.Schema<ThreadGoalSetResponse> => Schema.Struct({
  goal: $ThreadGoal()
}))
/**
 * The schema of {@link ThreadGoalSetResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadGoalSetResponse: Schema.Schema<ThreadGoalSetResponse> = exported("ThreadGoalSetResponse", $ThreadGoalSetResponse)

/**
 * The `ThreadGuardianAssessment` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadGuardianAssessment {
  readonly outcome: GuardianAssessmentOutcome
  readonly rationale: string
  readonly riskLevel: GuardianRiskLevel
  readonly userAuthorization: GuardianUserAuthorization
}
const $ThreadGuardianAssessment = lazy("ThreadGuardianAssessment", (): Schema.Schema<ThreadGuardianAssessment> => Schema.Struct({
  outcome: $GuardianAssessmentOutcome(),
  rationale: Schema.String,
  riskLevel: $GuardianRiskLevel(),
  userAuthorization: $GuardianUserAuthorization()
}))
/**
 * The schema of {@link ThreadGuardianAssessment}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadGuardianAssessment: Schema.Schema<ThreadGuardianAssessment> = exported("ThreadGuardianAssessment", $ThreadGuardianAssessment)

/**
 * The `ThreadGuardianReviewResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadGuardianReviewResponse {
  /**
   * Null when current policy or a remembered approval skips review.
   */
  readonly assessment?: ThreadGuardianAssessment | null
  readonly callId: string
}
const $ThreadGuardianReviewResponse = lazy("ThreadGuardianReviewResponse", (): Schema.Schema<ThreadGuardianReviewResponse> => Schema.Struct({
  assessment: optional(Schema.NullOr($ThreadGuardianAssessment())),
  callId: Schema.String
}))
/**
 * The schema of {@link ThreadGuardianReviewResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadGuardianReviewResponse: Schema.Schema<ThreadGuardianReviewResponse> = exported("ThreadGuardianReviewResponse", $ThreadGuardianReviewResponse)

/**
 * Response for `thread/increment_elicitation`.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadIncrementElicitationResponse {
  /**
   * Current out-of-band elicitation count after the increment.
   */
  readonly count: number
  /**
   * Whether timeout accounting is paused after applying the increment.
   */
  readonly paused: boolean
}
const $ThreadIncrementElicitationResponse = lazy("ThreadIncrementElicitationResponse", (): Schema.Schema<ThreadIncrementElicitationResponse> => Schema.Struct({
  count: Schema.Number,
  paused: Schema.Boolean
}))
/**
 * The schema of {@link ThreadIncrementElicitationResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadIncrementElicitationResponse: Schema.Schema<ThreadIncrementElicitationResponse> = exported("ThreadIncrementElicitationResponse", $ThreadIncrementElicitationResponse)

/**
 * The `ThreadInjectItemsResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ThreadInjectItemsResponse = { readonly [key: string]: unknown }
const $ThreadInjectItemsResponse = lazy("ThreadInjectItemsResponse", (): Schema.Schema<ThreadInjectItemsResponse> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link ThreadInjectItemsResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadInjectItemsResponse: Schema.Schema<ThreadInjectItemsResponse> = exported("ThreadInjectItemsResponse", $ThreadInjectItemsResponse)

/**
 * The `ThreadItemEntry` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadItemEntry {
  /**
   * Unix timestamp (milliseconds) when the item completed, if recorded by the producer.
   */
  readonly completedAtMs?: number | null
  readonly item: ThreadItem
  /**
   * The saved output was omitted. Fetch the complete item with `thread/items/read`.
   */
  readonly outputDeferred?: boolean
  /**
   * Unix timestamp (milliseconds) when the item started, if recorded by the producer.
   */
  readonly startedAtMs?: number | null
  /**
   * Turn containing this item.
   */
  readonly turnId: string
}
const $ThreadItemEntry = lazy("ThreadItemEntry", (): Schema.Schema<ThreadItemEntry> => Schema.Struct({
  completedAtMs: optional(Schema.NullOr(Schema.Number)),
  item: $ThreadItem(),
  outputDeferred: optional(Schema.Boolean),
  startedAtMs: optional(Schema.NullOr(Schema.Number)),
  turnId: Schema.String
}))
/**
 * The schema of {@link ThreadItemEntry}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadItemEntry: Schema.Schema<ThreadItemEntry> = exported("ThreadItemEntry", $ThreadItemEntry)

/**
 * The `ThreadItemsListResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadItemsListResponse {
  /**
   * Opaque cursor to pass as `cursor` when reversing `sortDirection`. This is only populated when the page contains at least one item.
   */
  readonly backwardsCursor?: string | null
  readonly data: ReadonlyArray<ThreadItemEntry>
  /**
   * Opaque cursor to pass to the next call to continue after the last item. if None, there are no more items to return.
   */
  readonly nextCursor?: string | null
}
const $ThreadItemsListResponse = lazy("ThreadItemsListResponse", (): Schema.Schema<ThreadItemsListResponse> => Schema.Struct({
  backwardsCursor: optional(Schema.NullOr(Schema.String)),
  data: Schema.Array($ThreadItemEntry()),
  nextCursor: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link ThreadItemsListResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadItemsListResponse: Schema.Schema<ThreadItemsListResponse> = exported("ThreadItemsListResponse", $ThreadItemsListResponse)

/**
 * EXPERIMENTAL - persisted items returned in canonical stored order.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadItemsReadResponse {
  readonly data: ReadonlyArray<ThreadItemEntry>
}
const $ThreadItemsReadResponse = lazy("ThreadItemsReadResponse", (): Schema.Schema<ThreadItemsReadResponse> => Schema.Struct({
  data: Schema.Array($ThreadItemEntry())
}))
/**
 * The schema of {@link ThreadItemsReadResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadItemsReadResponse: Schema.Schema<ThreadItemsReadResponse> = exported("ThreadItemsReadResponse", $ThreadItemsReadResponse)

/**
 * The `ThreadListResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadListResponse {
  /**
   * Opaque cursor to pass as `cursor` when reversing `sortDirection`. This is only populated when the page contains at least one thread. Use it with the opposite `sortDirection`; for timestamp sorts it anchors at the start of the page timestamp so same-second updates are not skipped.
   */
  readonly backwardsCursor?: string | null
  readonly data: ReadonlyArray<Thread>
  /**
   * Opaque cursor to pass to the next call to continue after the last item. if None, there are no more items to return.
   */
  readonly nextCursor?: string | null
  /**
   * Local receipts for eligible threads on this page, keyed by thread ID. Null means durable read state is unavailable; an absent key means that row is ineligible.
   */
  readonly readStates?: { readonly [key: string]: ThreadReadState } | null
}
const $ThreadListResponse = lazy("ThreadListResponse", (): Schema.Schema<ThreadListResponse> => Schema.Struct({
  backwardsCursor: optional(Schema.NullOr(Schema.String)),
  data: Schema.Array($Thread()),
  nextCursor: optional(Schema.NullOr(Schema.String)),
  readStates: optional(Schema.NullOr(Schema.Record({ key: Schema.String, value: $ThreadReadState() })))
}))
/**
 * The schema of {@link ThreadListResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadListResponse: Schema.Schema<ThreadListResponse> = exported("ThreadListResponse", $ThreadListResponse)

/**
 * The `ThreadLoadedListResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadLoadedListResponse {
  /**
   * Thread ids for sessions currently loaded in memory.
   */
  readonly data: ReadonlyArray<string>
  /**
   * Opaque cursor to pass to the next call to continue after the last item. if None, there are no more items to return.
   */
  readonly nextCursor?: string | null
}
const $ThreadLoadedListResponse = lazy("ThreadLoadedListResponse", (): Schema.Schema<ThreadLoadedListResponse> => Schema.Struct({
  data: Schema.Array(Schema.String),
  nextCursor: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link ThreadLoadedListResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadLoadedListResponse: Schema.Schema<ThreadLoadedListResponse> = exported("ThreadLoadedListResponse", $ThreadLoadedListResponse)

/**
 * The `ThreadMemoryModeSetResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ThreadMemoryModeSetResponse = { readonly [key: string]: unknown }
const $ThreadMemoryModeSetResponse = lazy("ThreadMemoryModeSetResponse", (): Schema.Schema<ThreadMemoryModeSetResponse> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link ThreadMemoryModeSetResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadMemoryModeSetResponse: Schema.Schema<ThreadMemoryModeSetResponse> = exported("ThreadMemoryModeSetResponse", $ThreadMemoryModeSetResponse)

/**
 * The `ThreadMemoryReadResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadMemoryReadResponse {
  /**
   * Summary from the thread's selected memory version. Null when memory use is disabled or the selected summary is missing, unreadable, or blank.
   */
  readonly summary?: string | null
}
const $ThreadMemoryReadResponse = lazy("ThreadMemoryReadResponse", (): Schema.Schema<ThreadMemoryReadResponse> => Schema.Struct({
  summary: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link ThreadMemoryReadResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadMemoryReadResponse: Schema.Schema<ThreadMemoryReadResponse> = exported("ThreadMemoryReadResponse", $ThreadMemoryReadResponse)

/**
 * The `ThreadMetadataUpdateResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadMetadataUpdateResponse {
  readonly thread: Thread
}
const $ThreadMetadataUpdateResponse = lazy("ThreadMetadataUpdateResponse", (): Schema.Schema<ThreadMetadataUpdateResponse> => Schema.Struct({
  thread: $Thread()
}))
/**
 * The schema of {@link ThreadMetadataUpdateResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadMetadataUpdateResponse: Schema.Schema<ThreadMetadataUpdateResponse> = exported("ThreadMetadataUpdateResponse", $ThreadMetadataUpdateResponse)

/**
 * The `ThreadPredictionRequestResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ThreadPredictionRequestResponse = { readonly [key: string]: unknown }
const $ThreadPredictionRequestResponse = lazy("ThreadPredictionRequestResponse", (): Schema.Schema<ThreadPredictionRequestResponse> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link ThreadPredictionRequestResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadPredictionRequestResponse: Schema.Schema<ThreadPredictionRequestResponse> = exported("ThreadPredictionRequestResponse", $ThreadPredictionRequestResponse)

/**
 * The `ThreadPrepareApprovedPlanResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadPrepareApprovedPlanResponse {
  /**
   * Initial user prompt. If no attachment is readable, the plan is already in the thread's context.
   */
  readonly prompt: string
}
const $ThreadPrepareApprovedPlanResponse = lazy("ThreadPrepareApprovedPlanResponse", (): Schema.Schema<ThreadPrepareApprovedPlanResponse> => Schema.Struct({
  prompt: Schema.String
}))
/**
 * The schema of {@link ThreadPrepareApprovedPlanResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadPrepareApprovedPlanResponse: Schema.Schema<ThreadPrepareApprovedPlanResponse> = exported("ThreadPrepareApprovedPlanResponse", $ThreadPrepareApprovedPlanResponse)

/**
 * The `ThreadQueueAddResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadQueueAddResponse {
  readonly queuedSubmission: QueuedSubmission
}
const $ThreadQueueAddResponse = lazy("ThreadQueueAddResponse", (): Schema.Schema<ThreadQueueAddResponse> => Schema.Struct({
  queuedSubmission: $QueuedSubmission()
}))
/**
 * The schema of {@link ThreadQueueAddResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadQueueAddResponse: Schema.Schema<ThreadQueueAddResponse> = exported("ThreadQueueAddResponse", $ThreadQueueAddResponse)

/**
 * The `ThreadQueueDeleteResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadQueueDeleteResponse {
  readonly deleted: boolean
}
const $ThreadQueueDeleteResponse = lazy("ThreadQueueDeleteResponse", (): Schema.Schema<ThreadQueueDeleteResponse> => Schema.Struct({
  deleted: Schema.Boolean
}))
/**
 * The schema of {@link ThreadQueueDeleteResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadQueueDeleteResponse: Schema.Schema<ThreadQueueDeleteResponse> = exported("ThreadQueueDeleteResponse", $ThreadQueueDeleteResponse)

/**
 * The `ThreadQueueListResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadQueueListResponse {
  readonly data: ReadonlyArray<QueuedSubmission>
  /**
   * Opaque cursor for the next page, or `null` when no submissions remain.
   */
  readonly nextCursor?: string | null
}
const $ThreadQueueListResponse = lazy("ThreadQueueListResponse", (): Schema.Schema<ThreadQueueListResponse> => Schema.Struct({
  data: Schema.Array($QueuedSubmission()),
  nextCursor: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link ThreadQueueListResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadQueueListResponse: Schema.Schema<ThreadQueueListResponse> = exported("ThreadQueueListResponse", $ThreadQueueListResponse)

/**
 * The `ThreadQueueReorderResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ThreadQueueReorderResponse = { readonly [key: string]: unknown }
const $ThreadQueueReorderResponse = lazy("ThreadQueueReorderResponse", (): Schema.Schema<ThreadQueueReorderResponse> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link ThreadQueueReorderResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadQueueReorderResponse: Schema.Schema<ThreadQueueReorderResponse> = exported("ThreadQueueReorderResponse", $ThreadQueueReorderResponse)

/**
 * The `ThreadQueueStartResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadQueueStartResponse {
  readonly turn: Turn
}
const $ThreadQueueStartResponse = lazy("ThreadQueueStartResponse", (): Schema.Schema<ThreadQueueStartResponse> => Schema.Struct({
  turn: $Turn()
}))
/**
 * The schema of {@link ThreadQueueStartResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadQueueStartResponse: Schema.Schema<ThreadQueueStartResponse> = exported("ThreadQueueStartResponse", $ThreadQueueStartResponse)

/**
 * The `ThreadQueueUpdateResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadQueueUpdateResponse {
  readonly queuedSubmission: QueuedSubmission
}
const $ThreadQueueUpdateResponse = lazy("ThreadQueueUpdateResponse", (): Schema.Schema<ThreadQueueUpdateResponse> => Schema.Struct({
  queuedSubmission: $QueuedSubmission()
}))
/**
 * The schema of {@link ThreadQueueUpdateResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadQueueUpdateResponse: Schema.Schema<ThreadQueueUpdateResponse> = exported("ThreadQueueUpdateResponse", $ThreadQueueUpdateResponse)

/**
 * The `ThreadReadResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadReadResponse {
  /**
   * Local receipt. Null means this thread's durable read state is unavailable.
   */
  readonly readState?: ThreadReadState | null
  readonly thread: Thread
}
const $ThreadReadResponse = lazy("ThreadReadResponse", (): Schema.Schema<ThreadReadResponse> => Schema.Struct({
  readState: optional(Schema.NullOr($ThreadReadState())),
  thread: $Thread()
}))
/**
 * The schema of {@link ThreadReadResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadReadResponse: Schema.Schema<ThreadReadResponse> = exported("ThreadReadResponse", $ThreadReadResponse)

/**
 * The `ThreadReadStateUpdateResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadReadStateUpdateResponse {
  readonly readState: ThreadReadState
}
const $ThreadReadStateUpdateResponse = lazy("ThreadReadStateUpdateResponse", (): Schema.Schema<ThreadReadStateUpdateResponse> => Schema.Struct({
  readState: $ThreadReadState()
}))
/**
 * The schema of {@link ThreadReadStateUpdateResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadReadStateUpdateResponse: Schema.Schema<ThreadReadStateUpdateResponse> = exported("ThreadReadStateUpdateResponse", $ThreadReadStateUpdateResponse)

/**
 * EXPERIMENTAL - response for appending realtime audio input.
 *
 * @since 0.1.0
 * @category models
 */
export type ThreadRealtimeAppendAudioResponse = { readonly [key: string]: unknown }
const $ThreadRealtimeAppendAudioResponse = lazy("ThreadRealtimeAppendAudioResponse", (): Schema.Schema<ThreadRealtimeAppendAudioResponse> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link ThreadRealtimeAppendAudioResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadRealtimeAppendAudioResponse: Schema.Schema<ThreadRealtimeAppendAudioResponse> = exported("ThreadRealtimeAppendAudioResponse", $ThreadRealtimeAppendAudioResponse)

/**
 * EXPERIMENTAL - response for appending realtime speech.
 *
 * @since 0.1.0
 * @category models
 */
export type ThreadRealtimeAppendSpeechResponse = { readonly [key: string]: unknown }
const $ThreadRealtimeAppendSpeechResponse = lazy("ThreadRealtimeAppendSpeechResponse", (): Schema.Schema<ThreadRealtimeAppendSpeechResponse> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link ThreadRealtimeAppendSpeechResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadRealtimeAppendSpeechResponse: Schema.Schema<ThreadRealtimeAppendSpeechResponse> = exported("ThreadRealtimeAppendSpeechResponse", $ThreadRealtimeAppendSpeechResponse)

/**
 * EXPERIMENTAL - response for appending realtime text input.
 *
 * @since 0.1.0
 * @category models
 */
export type ThreadRealtimeAppendTextResponse = { readonly [key: string]: unknown }
const $ThreadRealtimeAppendTextResponse = lazy("ThreadRealtimeAppendTextResponse", (): Schema.Schema<ThreadRealtimeAppendTextResponse> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link ThreadRealtimeAppendTextResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadRealtimeAppendTextResponse: Schema.Schema<ThreadRealtimeAppendTextResponse> = exported("ThreadRealtimeAppendTextResponse", $ThreadRealtimeAppendTextResponse)

/**
 * The `ThreadRealtimeCoverage` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ThreadRealtimeCoverage = "unsupported" | "pending" | "ready" | (string & {})
const $ThreadRealtimeCoverage = lazy("ThreadRealtimeCoverage", (): Schema.Schema<ThreadRealtimeCoverage> => Schema.Union(Schema.Literal("unsupported", "pending", "ready"), Schema.String))
/**
 * The schema of {@link ThreadRealtimeCoverage}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadRealtimeCoverage: Schema.Schema<ThreadRealtimeCoverage> = exported("ThreadRealtimeCoverage", $ThreadRealtimeCoverage)

/**
 * The `ThreadRealtimeEntry` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadRealtimeEntry {
  readonly item: ThreadRealtimeItem
  readonly position: number
}
const $ThreadRealtimeEntry = lazy("ThreadRealtimeEntry", (): Schema.Schema<ThreadRealtimeEntry> => Schema.Struct({
  item: $ThreadRealtimeItem(),
  position: Schema.Number
}))
/**
 * The schema of {@link ThreadRealtimeEntry}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadRealtimeEntry: Schema.Schema<ThreadRealtimeEntry> = exported("ThreadRealtimeEntry", $ThreadRealtimeEntry)

/**
 * The `ThreadRealtimeListResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadRealtimeListResponse {
  readonly coverage: ThreadRealtimeCoverage
  readonly data: ReadonlyArray<ThreadRealtimeEntry>
  readonly nextCursor?: string | null
  /**
   * Exclusive position through which the projection has processed canonical history.
   */
  readonly projectedThroughItemIndex: number
  readonly snapshotEnd: number
}
const $ThreadRealtimeListResponse = lazy("ThreadRealtimeListResponse", (): Schema.Schema<ThreadRealtimeListResponse> => Schema.Struct({
  coverage: $ThreadRealtimeCoverage(),
  data: Schema.Array($ThreadRealtimeEntry()),
  nextCursor: optional(Schema.NullOr(Schema.String)),
  projectedThroughItemIndex: Schema.Number,
  snapshotEnd: Schema.Number
}))
/**
 * The schema of {@link ThreadRealtimeListResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadRealtimeListResponse: Schema.Schema<ThreadRealtimeListResponse> = exported("ThreadRealtimeListResponse", $ThreadRealtimeListResponse)

/**
 * EXPERIMENTAL - response for listing supported realtime voices.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadRealtimeListVoicesResponse {
  readonly voices: RealtimeVoicesList
}
const $ThreadRealtimeListVoicesResponse = lazy("ThreadRealtimeListVoicesResponse", (): Schema.Schema<ThreadRealtimeListVoicesResponse> => Schema.Struct({
  voices: $RealtimeVoicesList()
}))
/**
 * The schema of {@link ThreadRealtimeListVoicesResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadRealtimeListVoicesResponse: Schema.Schema<ThreadRealtimeListVoicesResponse> = exported("ThreadRealtimeListVoicesResponse", $ThreadRealtimeListVoicesResponse)

/**
 * EXPERIMENTAL - response for starting thread realtime.
 *
 * @since 0.1.0
 * @category models
 */
export type ThreadRealtimeStartResponse = { readonly [key: string]: unknown }
const $ThreadRealtimeStartResponse = lazy("ThreadRealtimeStartResponse", (): Schema.Schema<ThreadRealtimeStartResponse> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link ThreadRealtimeStartResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadRealtimeStartResponse: Schema.Schema<ThreadRealtimeStartResponse> = exported("ThreadRealtimeStartResponse", $ThreadRealtimeStartResponse)

/**
 * EXPERIMENTAL - response for stopping thread realtime.
 *
 * @since 0.1.0
 * @category models
 */
export type ThreadRealtimeStopResponse = { readonly [key: string]: unknown }
const $ThreadRealtimeStopResponse = lazy("ThreadRealtimeStopResponse", (): Schema.Schema<ThreadRealtimeStopResponse> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link ThreadRealtimeStopResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadRealtimeStopResponse: Schema.Schema<ThreadRealtimeStopResponse> = exported("ThreadRealtimeStopResponse", $ThreadRealtimeStopResponse)

/**
 * The `TurnsPage` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface TurnsPage {
  readonly backwardsCursor?: string | null
  readonly data: ReadonlyArray<Turn>
  readonly nextCursor?: string | null
}
const $TurnsPage = lazy("TurnsPage", (): Schema.Schema<TurnsPage> => Schema.Struct({
  backwardsCursor: optional(Schema.NullOr(Schema.String)),
  data: Schema.Array($Turn()),
  nextCursor: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link TurnsPage}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const TurnsPage: Schema.Schema<TurnsPage> = exported("TurnsPage", $TurnsPage)

/**
 * The `ThreadResumeResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadResumeResponse {
  /**
   * Named or implicit built-in profile that produced the active permissions, when known.
   */
  readonly activePermissionProfile?: ActivePermissionProfile | null
  readonly approvalPolicy: AskForApproval
  /**
   * Reviewer currently used for approval requests on this thread.
   */
  readonly approvalsReviewer: ApprovalsReviewer
  /**
   * Effective collaboration mode. Absent when resuming from an older server.
   */
  readonly collaborationMode?: CollaborationMode | null
  readonly cwd: AbsolutePathBuf
  /**
   * Saved list of disabled plugin IDs. Does not yet filter plugin capabilities.
   */
  readonly disabledPluginIds?: ReadonlyArray<string>
  /**
   * `thread/turns/list` page returned when requested by `initialTurnsPage`.
   */
  readonly initialTurnsPage?: TurnsPage | null
  /**
   * Environment-native paths to instruction source files currently loaded for this thread.
   */
  readonly instructionSources?: ReadonlyArray<LegacyAppPathString>
  /**
   * Opaque cursor for hydrating paginated items backwards.
   *
   * Pass this as `cursor` to `thread/items/list` with `sortDirection: "desc"`. The first page includes the item identified by the cursor.
   */
  readonly itemsBackwardsCursor?: string | null
  readonly model: string
  readonly modelProvider: string
  /**
   * @deprecated Always `explicitRequestOnly`. Use `reasoningEffort` for Ultra behavior.
   */
  readonly multiAgentMode?: MultiAgentMode
  readonly reasoningEffort?: ReasoningEffort | null
  /**
   * Thread-scoped runtime workspace roots used to materialize `:workspace_roots`.
   */
  readonly runtimeWorkspaceRoots?: ReadonlyArray<AbsolutePathBuf>
  /**
   * Legacy sandbox policy retained for compatibility. Experimental clients should prefer `activePermissionProfile` for profile provenance.
   */
  readonly sandbox: SandboxPolicy
  readonly serviceTier?: string | null
  readonly thread: Thread
  /**
   * Opaque cursor for hydrating paginated turns backwards.
   *
   * Pass this as `cursor` to `thread/turns/list` with `sortDirection: "desc"`. The first page includes the turn identified by the cursor.
   */
  readonly turnsBackwardsCursor?: string | null
}
const $ThreadResumeResponse = lazy("ThreadResumeResponse", (): Schema.Schema<ThreadResumeResponse> => Schema.Struct({
  activePermissionProfile: optional(Schema.NullOr($ActivePermissionProfile())),
  approvalPolicy: $AskForApproval(),
  approvalsReviewer: $ApprovalsReviewer(),
  collaborationMode: optional(Schema.NullOr($CollaborationMode())),
  cwd: $AbsolutePathBuf(),
  disabledPluginIds: optional(Schema.Array(Schema.String)),
  initialTurnsPage: optional(Schema.NullOr($TurnsPage())),
  instructionSources: optional(Schema.Array($LegacyAppPathString())),
  itemsBackwardsCursor: optional(Schema.NullOr(Schema.String)),
  model: Schema.String,
  modelProvider: Schema.String,
  multiAgentMode: optional($MultiAgentMode()),
  reasoningEffort: optional(Schema.NullOr($ReasoningEffort())),
  runtimeWorkspaceRoots: optional(Schema.Array($AbsolutePathBuf())),
  sandbox: $SandboxPolicy(),
  serviceTier: optional(Schema.NullOr(Schema.String)),
  thread: $Thread(),
  turnsBackwardsCursor: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link ThreadResumeResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadResumeResponse: Schema.Schema<ThreadResumeResponse> = exported("ThreadResumeResponse", $ThreadResumeResponse)

/**
 * The `ThreadRevertResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadRevertResponse {
  /**
   * Opaque cursor for hydrating paginated items backwards.
   *
   * Pass this as `cursor` to `thread/items/list` with `sortDirection: "desc"`. The first page includes the item identified by the cursor.
   */
  readonly itemsBackwardsCursor?: string | null
  /**
   * Updated loaded thread metadata. `turns` is always empty; hydrate retained history through `thread/turns/list`.
   */
  readonly thread: Thread
  /**
   * Opaque cursor for hydrating paginated turns backwards.
   *
   * Pass this as `cursor` to `thread/turns/list` with `sortDirection: "desc"`. The first page includes the turn identified by the cursor.
   */
  readonly turnsBackwardsCursor?: string | null
}
const $ThreadRevertResponse = lazy("ThreadRevertResponse", (): Schema.Schema<ThreadRevertResponse> => Schema.Struct({
  itemsBackwardsCursor: optional(Schema.NullOr(Schema.String)),
  thread: $Thread(),
  turnsBackwardsCursor: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link ThreadRevertResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadRevertResponse: Schema.Schema<ThreadRevertResponse> = exported("ThreadRevertResponse", $ThreadRevertResponse)

/**
 * The `ThreadSampleCancelResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ThreadSampleCancelResponse = { readonly [key: string]: unknown }
const $ThreadSampleCancelResponse = lazy("ThreadSampleCancelResponse", (): Schema.Schema<ThreadSampleCancelResponse> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link ThreadSampleCancelResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadSampleCancelResponse: Schema.Schema<ThreadSampleCancelResponse> = exported("ThreadSampleCancelResponse", $ThreadSampleCancelResponse)

/**
 * The `ThreadSampleResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadSampleResponse {
  readonly cachedInputTokens?: number | null
  readonly inputTokens?: number | null
  readonly outputTokens?: number | null
  readonly responseId: string
  readonly sourceTurnId: string
  /**
   * Assistant text from the response, or null if it attempted a tool call or completed without text.
   */
  readonly text?: string | null
}
const $ThreadSampleResponse = lazy("ThreadSampleResponse", (): Schema.Schema<ThreadSampleResponse> => Schema.Struct({
  cachedInputTokens: optional(Schema.NullOr(Schema.Number)),
  inputTokens: optional(Schema.NullOr(Schema.Number)),
  outputTokens: optional(Schema.NullOr(Schema.Number)),
  responseId: Schema.String,
  sourceTurnId: Schema.String,
  text: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link ThreadSampleResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadSampleResponse: Schema.Schema<ThreadSampleResponse> = exported("ThreadSampleResponse", $ThreadSampleResponse)

/**
 * The `ThreadSearchCancelResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ThreadSearchCancelResponse = { readonly [key: string]: unknown }
const $ThreadSearchCancelResponse = lazy("ThreadSearchCancelResponse", (): Schema.Schema<ThreadSearchCancelResponse> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link ThreadSearchCancelResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadSearchCancelResponse: Schema.Schema<ThreadSearchCancelResponse> = exported("ThreadSearchCancelResponse", $ThreadSearchCancelResponse)

/**
 * UTF-16 code-unit range within `snippet`.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadSearchTextRange {
  /**
   * Exclusive UTF-16 code-unit offset.
   */
  readonly end: number
  /**
   * Inclusive UTF-16 code-unit offset.
   */
  readonly start: number
}
const $ThreadSearchTextRange = lazy("ThreadSearchTextRange", (): Schema.Schema<ThreadSearchTextRange> => Schema.Struct({
  end: Schema.Int,
  start: Schema.Int
}))
/**
 * The schema of {@link ThreadSearchTextRange}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadSearchTextRange: Schema.Schema<ThreadSearchTextRange> = exported("ThreadSearchTextRange", $ThreadSearchTextRange)

/**
 * One visible message occurrence returned by [`ThreadSearchOccurrencesResponse`].
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadSearchOccurrence {
  readonly itemId: string
  readonly snippet: string
  /**
   * Match range within `snippet`, in UTF-16 code units.
   */
  readonly snippetMatchRange: ThreadSearchTextRange
  /**
   * Opaque inclusive cursor accepted by `thread/turns/list` for this turn.
   */
  readonly turnCursor: string
  readonly turnId: string
}
const $ThreadSearchOccurrence = lazy("ThreadSearchOccurrence", (): Schema.Schema<ThreadSearchOccurrence> => Schema.Struct({
  itemId: Schema.String,
  snippet: Schema.String,
  snippetMatchRange: $ThreadSearchTextRange(),
  turnCursor: Schema.String,
  turnId: Schema.String
}))
/**
 * The schema of {@link ThreadSearchOccurrence}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadSearchOccurrence: Schema.Schema<ThreadSearchOccurrence> = exported("ThreadSearchOccurrence", $ThreadSearchOccurrence)

/**
 * The `ThreadSearchOccurrencesResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadSearchOccurrencesResponse {
  /**
   * Occurrences in chronological message order.
   */
  readonly data: ReadonlyArray<ThreadSearchOccurrence>
  /**
   * Opaque cursor to continue after the last returned occurrence.
   */
  readonly nextCursor?: string | null
}
const $ThreadSearchOccurrencesResponse = lazy("ThreadSearchOccurrencesResponse", (): Schema.Schema<ThreadSearchOccurrencesResponse> => Schema.Struct({
  data: Schema.Array($ThreadSearchOccurrence()),
  nextCursor: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link ThreadSearchOccurrencesResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadSearchOccurrencesResponse: Schema.Schema<ThreadSearchOccurrencesResponse> = exported("ThreadSearchOccurrencesResponse", $ThreadSearchOccurrencesResponse)

/**
 * The `ThreadSearchResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadSearchResponse {
  /**
   * Opaque cursor to pass as `cursor` when reversing `sortDirection`. This is only populated when the page contains at least one thread. Use it with the opposite `sortDirection`; for timestamp sorts it anchors at the start of the page timestamp so same-second updates are not skipped.
   */
  readonly backwardsCursor?: string | null
  readonly data: ReadonlyArray<ThreadSearchResult>
  /**
   * Opaque cursor to pass to the next call to continue after the last item. if None, there are no more items to return.
   */
  readonly nextCursor?: string | null
}
const $ThreadSearchResponse = lazy("ThreadSearchResponse", (): Schema.Schema<ThreadSearchResponse> => Schema.Struct({
  backwardsCursor: optional(Schema.NullOr(Schema.String)),
  data: Schema.Array($ThreadSearchResult()),
  nextCursor: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link ThreadSearchResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadSearchResponse: Schema.Schema<ThreadSearchResponse> = exported("ThreadSearchResponse", $ThreadSearchResponse)

/**
 * The independently persisted section created by the server.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadSectionCreateResponse {
  readonly section: ThreadSection
}
const $ThreadSectionCreateResponse = lazy("ThreadSectionCreateResponse", (): Schema.Schema<ThreadSectionCreateResponse> => Schema.Struct({
  section: $ThreadSection()
}))
/**
 * The schema of {@link ThreadSectionCreateResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadSectionCreateResponse: Schema.Schema<ThreadSectionCreateResponse> = exported("ThreadSectionCreateResponse", $ThreadSectionCreateResponse)

/**
 * Successful deletion does not return additional section data.
 *
 * @since 0.1.0
 * @category models
 */
export type ThreadSectionDeleteResponse = { readonly [key: string]: unknown }
const $ThreadSectionDeleteResponse = lazy("ThreadSectionDeleteResponse", (): Schema.Schema<ThreadSectionDeleteResponse> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link ThreadSectionDeleteResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadSectionDeleteResponse: Schema.Schema<ThreadSectionDeleteResponse> = exported("ThreadSectionDeleteResponse", $ThreadSectionDeleteResponse)

/**
 * One page of independently persisted thread sections.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadSectionListResponse {
  readonly data: ReadonlyArray<ThreadSection>
  /**
   * Opaque cursor for the next page, or `null` when no sections remain.
   */
  readonly nextCursor?: string | null
}
const $ThreadSectionListResponse = lazy("ThreadSectionListResponse", (): Schema.Schema<ThreadSectionListResponse> => Schema.Struct({
  data: Schema.Array($ThreadSection()),
  nextCursor: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link ThreadSectionListResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadSectionListResponse: Schema.Schema<ThreadSectionListResponse> = exported("ThreadSectionListResponse", $ThreadSectionListResponse)

/**
 * The `ThreadSectionMoveResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ThreadSectionMoveResponse = { readonly [key: string]: unknown }
const $ThreadSectionMoveResponse = lazy("ThreadSectionMoveResponse", (): Schema.Schema<ThreadSectionMoveResponse> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link ThreadSectionMoveResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadSectionMoveResponse: Schema.Schema<ThreadSectionMoveResponse> = exported("ThreadSectionMoveResponse", $ThreadSectionMoveResponse)

/**
 * The independently persisted section after its name is updated.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadSectionUpdateResponse {
  readonly section: ThreadSection
}
const $ThreadSectionUpdateResponse = lazy("ThreadSectionUpdateResponse", (): Schema.Schema<ThreadSectionUpdateResponse> => Schema.Struct({
  section: $ThreadSection()
}))
/**
 * The schema of {@link ThreadSectionUpdateResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadSectionUpdateResponse: Schema.Schema<ThreadSectionUpdateResponse> = exported("ThreadSectionUpdateResponse", $ThreadSectionUpdateResponse)

/**
 * The `ThreadSetNameResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ThreadSetNameResponse = { readonly [key: string]: unknown }
const $ThreadSetNameResponse = lazy("ThreadSetNameResponse", (): Schema.Schema<ThreadSetNameResponse> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link ThreadSetNameResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadSetNameResponse: Schema.Schema<ThreadSetNameResponse> = exported("ThreadSetNameResponse", $ThreadSetNameResponse)

/**
 * The `ThreadSettingsUpdateResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ThreadSettingsUpdateResponse = { readonly [key: string]: unknown }
const $ThreadSettingsUpdateResponse = lazy("ThreadSettingsUpdateResponse", (): Schema.Schema<ThreadSettingsUpdateResponse> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link ThreadSettingsUpdateResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadSettingsUpdateResponse: Schema.Schema<ThreadSettingsUpdateResponse> = exported("ThreadSettingsUpdateResponse", $ThreadSettingsUpdateResponse)

/**
 * The `ThreadShellCommandResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ThreadShellCommandResponse = { readonly [key: string]: unknown }
const $ThreadShellCommandResponse = lazy("ThreadShellCommandResponse", (): Schema.Schema<ThreadShellCommandResponse> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link ThreadShellCommandResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadShellCommandResponse: Schema.Schema<ThreadShellCommandResponse> = exported("ThreadShellCommandResponse", $ThreadShellCommandResponse)

/**
 * The `ThreadStartResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadStartResponse {
  /**
   * Named or implicit built-in profile that produced the active permissions, when known.
   */
  readonly activePermissionProfile?: ActivePermissionProfile | null
  readonly approvalPolicy: AskForApproval
  /**
   * Reviewer currently used for approval requests on this thread.
   */
  readonly approvalsReviewer: ApprovalsReviewer
  readonly cwd: AbsolutePathBuf
  /**
   * Saved list of disabled plugin IDs. Does not yet filter plugin capabilities.
   */
  readonly disabledPluginIds?: ReadonlyArray<string>
  /**
   * Environment-native paths to instruction source files currently loaded for this thread.
   */
  readonly instructionSources?: ReadonlyArray<LegacyAppPathString>
  readonly model: string
  readonly modelProvider: string
  /**
   * @deprecated Always `explicitRequestOnly`. Use `reasoningEffort` for Ultra behavior.
   */
  readonly multiAgentMode?: MultiAgentMode
  readonly reasoningEffort?: ReasoningEffort | null
  /**
   * Thread-scoped runtime workspace roots used to materialize `:workspace_roots`.
   */
  readonly runtimeWorkspaceRoots?: ReadonlyArray<AbsolutePathBuf>
  /**
   * Legacy sandbox policy retained for compatibility. Experimental clients should prefer `activePermissionProfile` for profile provenance.
   */
  readonly sandbox: SandboxPolicy
  readonly serviceTier?: string | null
  readonly thread: Thread
}
const $ThreadStartResponse = lazy("ThreadStartResponse", (): Schema.Schema<ThreadStartResponse> => Schema.Struct({
  activePermissionProfile: optional(Schema.NullOr($ActivePermissionProfile())),
  approvalPolicy: $AskForApproval(),
  approvalsReviewer: $ApprovalsReviewer(),
  cwd: $AbsolutePathBuf(),
  disabledPluginIds: optional(Schema.Array(Schema.String)),
  instructionSources: optional(Schema.Array($LegacyAppPathString())),
  model: Schema.String,
  modelProvider: Schema.String,
  multiAgentMode: optional($MultiAgentMode()),
  reasoningEffort: optional(Schema.NullOr($ReasoningEffort())),
  runtimeWorkspaceRoots: optional(Schema.Array($AbsolutePathBuf())),
  sandbox: $SandboxPolicy(),
  serviceTier: optional(Schema.NullOr(Schema.String)),
  thread: $Thread()
}))
/**
 * The schema of {@link ThreadStartResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadStartResponse: Schema.Schema<ThreadStartResponse> = exported("ThreadStartResponse", $ThreadStartResponse)

/**
 * EXPERIMENTAL - one item or turn boundary in canonical rollout order.
 *
 * @since 0.1.0
 * @category models
 */
export type ThreadTimelineEntry = {
  readonly item: ThreadItem
  readonly position: number
  readonly turnId: string
  readonly type: "item"
} | {
  readonly item: ThreadRealtimeItem
  readonly position: number
  readonly type: "realtime"
} | {
  readonly position: number
  readonly started_at?: number | null
  readonly turn_id: string
  readonly type: "turnStarted"
} | {
  readonly completed_at?: number | null
  readonly duration_ms?: number | null
  readonly error?: TurnError | null
  readonly position: number
  readonly started_at?: number | null
  readonly status: TurnStatus
  readonly turn_id: string
  readonly type: "turnCompleted"
}
const $ThreadTimelineEntry = lazy("ThreadTimelineEntry", (): Schema.Schema<ThreadTimelineEntry> => Schema.Union(Schema.Struct({
  item: $ThreadItem(),
  position: Schema.Number,
  turnId: Schema.String,
  type: Schema.Literal("item")
}), Schema.Struct({
  item: $ThreadRealtimeItem(),
  position: Schema.Number,
  type: Schema.Literal("realtime")
}), Schema.Struct({
  position: Schema.Number,
  started_at: optional(Schema.NullOr(Schema.Number)),
  turn_id: Schema.String,
  type: Schema.Literal("turnStarted")
}), Schema.Struct({
  completed_at: optional(Schema.NullOr(Schema.Number)),
  duration_ms: optional(Schema.NullOr(Schema.Number)),
  error: optional(Schema.NullOr($TurnError())),
  position: Schema.Number,
  started_at: optional(Schema.NullOr(Schema.Number)),
  status: $TurnStatus(),
  turn_id: Schema.String,
  type: Schema.Literal("turnCompleted")
})))
/**
 * The schema of {@link ThreadTimelineEntry}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadTimelineEntry: Schema.Schema<ThreadTimelineEntry> = exported("ThreadTimelineEntry", $ThreadTimelineEntry)

/**
 * EXPERIMENTAL - a bounded timeline page with its resolved opening voice state.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadTimelineListResponse {
  readonly activeRealtimeSessionAtPageStart?: string | null
  readonly data: ReadonlyArray<ThreadTimelineEntry>
  readonly nextCursor?: string | null
}
const $ThreadTimelineListResponse = lazy("ThreadTimelineListResponse", (): Schema.Schema<ThreadTimelineListResponse> => Schema.Struct({
  activeRealtimeSessionAtPageStart: optional(Schema.NullOr(Schema.String)),
  data: Schema.Array($ThreadTimelineEntry()),
  nextCursor: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link ThreadTimelineListResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadTimelineListResponse: Schema.Schema<ThreadTimelineListResponse> = exported("ThreadTimelineListResponse", $ThreadTimelineListResponse)

/**
 * The `ThreadTurnsListResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadTurnsListResponse {
  /**
   * Opaque cursor to pass as `cursor` when reversing `sortDirection`. This is only populated when the page contains at least one turn. Use it with the opposite `sortDirection` to include the anchor turn again and catch updates to that turn.
   */
  readonly backwardsCursor?: string | null
  readonly data: ReadonlyArray<Turn>
  /**
   * Opaque cursor to pass to the next call to continue after the last turn. if None, there are no more turns to return.
   */
  readonly nextCursor?: string | null
}
const $ThreadTurnsListResponse = lazy("ThreadTurnsListResponse", (): Schema.Schema<ThreadTurnsListResponse> => Schema.Struct({
  backwardsCursor: optional(Schema.NullOr(Schema.String)),
  data: Schema.Array($Turn()),
  nextCursor: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link ThreadTurnsListResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadTurnsListResponse: Schema.Schema<ThreadTurnsListResponse> = exported("ThreadTurnsListResponse", $ThreadTurnsListResponse)

/**
 * The `ThreadUnarchiveResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadUnarchiveResponse {
  readonly thread: Thread
}
const $ThreadUnarchiveResponse = lazy("ThreadUnarchiveResponse", (): Schema.Schema<ThreadUnarchiveResponse> => Schema.Struct({
  thread: $Thread()
}))
/**
 * The schema of {@link ThreadUnarchiveResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadUnarchiveResponse: Schema.Schema<ThreadUnarchiveResponse> = exported("ThreadUnarchiveResponse", $ThreadUnarchiveResponse)

/**
 * The `ThreadUnsubscribeStatus` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type ThreadUnsubscribeStatus = "notLoaded" | "notSubscribed" | "unsubscribed" | (string & {})
const $ThreadUnsubscribeStatus = lazy("ThreadUnsubscribeStatus", (): Schema.Schema<ThreadUnsubscribeStatus> => Schema.Union(Schema.Literal("notLoaded", "notSubscribed", "unsubscribed"), Schema.String))
/**
 * The schema of {@link ThreadUnsubscribeStatus}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadUnsubscribeStatus: Schema.Schema<ThreadUnsubscribeStatus> = exported("ThreadUnsubscribeStatus", $ThreadUnsubscribeStatus)

/**
 * The `ThreadUnsubscribeResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface ThreadUnsubscribeResponse {
  readonly status: ThreadUnsubscribeStatus
}
const $ThreadUnsubscribeResponse = lazy("ThreadUnsubscribeResponse", (): Schema.Schema<ThreadUnsubscribeResponse> => Schema.Struct({
  status: $ThreadUnsubscribeStatus()
}))
/**
 * The schema of {@link ThreadUnsubscribeResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ThreadUnsubscribeResponse: Schema.Schema<ThreadUnsubscribeResponse> = exported("ThreadUnsubscribeResponse", $ThreadUnsubscribeResponse)

/**
 * EXPERIMENTAL. Captures a user's answer to a request_user_input question.
 *
 * @since 0.1.0
 * @category models
 */
export interface ToolRequestUserInputAnswer {
  readonly answers: ReadonlyArray<string>
}
const $ToolRequestUserInputAnswer = lazy("ToolRequestUserInputAnswer", (): Schema.Schema<ToolRequestUserInputAnswer> => Schema.Struct({
  answers: Schema.Array(Schema.String)
}))
/**
 * The schema of {@link ToolRequestUserInputAnswer}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ToolRequestUserInputAnswer: Schema.Schema<ToolRequestUserInputAnswer> = exported("ToolRequestUserInputAnswer", $ToolRequestUserInputAnswer)

/**
 * EXPERIMENTAL. Response payload mapping question ids to answers.
 *
 * @since 0.1.0
 * @category models
 */
export interface ToolRequestUserInputResponse {
  readonly answers: { readonly [key: string]: ToolRequestUserInputAnswer }
}
const $ToolRequestUserInputResponse = lazy("ToolRequestUserInputResponse", (): Schema.Schema<ToolRequestUserInputResponse> => Schema.Struct({
  answers: Schema.Record({ key: Schema.String, value: $ToolRequestUserInputAnswer() })
}))
/**
 * The schema of {@link ToolRequestUserInputResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const ToolRequestUserInputResponse: Schema.Schema<ToolRequestUserInputResponse> = exported("ToolRequestUserInputResponse", $ToolRequestUserInputResponse)

/**
 * The `TurnInterruptResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type TurnInterruptResponse = { readonly [key: string]: unknown }
const $TurnInterruptResponse = lazy("TurnInterruptResponse", (): Schema.Schema<TurnInterruptResponse> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link TurnInterruptResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const TurnInterruptResponse: Schema.Schema<TurnInterruptResponse> = exported("TurnInterruptResponse", $TurnInterruptResponse)

/**
 * The `TurnSettingsUpdateStatus` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type TurnSettingsUpdateStatus = "applied" | "targetUnavailable"
const $TurnSettingsUpdateStatus = lazy("TurnSettingsUpdateStatus", (): Schema.Schema<TurnSettingsUpdateStatus> => Schema.Union(Schema.Literal("applied"), Schema.Literal("targetUnavailable")))
/**
 * The schema of {@link TurnSettingsUpdateStatus}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const TurnSettingsUpdateStatus: Schema.Schema<TurnSettingsUpdateStatus> = exported("TurnSettingsUpdateStatus", $TurnSettingsUpdateStatus)

/**
 * The `TurnSettingsUpdateResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface TurnSettingsUpdateResponse {
  readonly status: TurnSettingsUpdateStatus
}
const $TurnSettingsUpdateResponse = lazy("TurnSettingsUpdateResponse", (): Schema.Schema<TurnSettingsUpdateResponse> => Schema.Struct({
  status: $TurnSettingsUpdateStatus()
}))
/**
 * The schema of {@link TurnSettingsUpdateResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const TurnSettingsUpdateResponse: Schema.Schema<TurnSettingsUpdateResponse> = exported("TurnSettingsUpdateResponse", $TurnSettingsUpdateResponse)

/**
 * The `TurnStartResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface TurnStartResponse {
  readonly turn: Turn
}
const $TurnStartResponse = lazy("TurnStartResponse", (): Schema.Schema<TurnStartResponse> => Schema.Struct({
  turn: $Turn()
}))
/**
 * The schema of {@link TurnStartResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const TurnStartResponse: Schema.Schema<TurnStartResponse> = exported("TurnStartResponse", $TurnStartResponse)

/**
 * The `TurnSteerResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface TurnSteerResponse {
  readonly turnId: string
}
const $TurnSteerResponse = lazy("TurnSteerResponse", (): Schema.Schema<TurnSteerResponse> => Schema.Struct({
  turnId: Schema.String
}))
/**
 * The schema of {@link TurnSteerResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const TurnSteerResponse: Schema.Schema<TurnSteerResponse> = exported("TurnSteerResponse", $TurnSteerResponse)

/**
 * The `UserVerificationBiometricType` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type UserVerificationBiometricType = "fingerprint"
const $UserVerificationBiometricType = lazy("UserVerificationBiometricType", (): Schema.Schema<UserVerificationBiometricType> => Schema.Literal("fingerprint"))
/**
 * The schema of {@link UserVerificationBiometricType}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UserVerificationBiometricType: Schema.Schema<UserVerificationBiometricType> = exported("UserVerificationBiometricType", $UserVerificationBiometricType)

/**
 * Acknowledges the cancellation signal; native work may still be finishing. Unknown or finished requests are a no-op, and completed effects are not rolled back.
 *
 * @since 0.1.0
 * @category models
 */
export type UserVerificationCancelResponse = { readonly [key: string]: unknown }
const $UserVerificationCancelResponse = lazy("UserVerificationCancelResponse", (): Schema.Schema<UserVerificationCancelResponse> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link UserVerificationCancelResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UserVerificationCancelResponse: Schema.Schema<UserVerificationCancelResponse> = exported("UserVerificationCancelResponse", $UserVerificationCancelResponse)

/**
 * The `UserVerificationCancellationReason` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type UserVerificationCancellationReason = "userCancelled" | "interrupted" | (string & {})
const $UserVerificationCancellationReason = lazy("UserVerificationCancellationReason", (): Schema.Schema<UserVerificationCancellationReason> => Schema.Union(Schema.Literal("userCancelled", "interrupted"), Schema.String))
/**
 * The schema of {@link UserVerificationCancellationReason}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UserVerificationCancellationReason: Schema.Schema<UserVerificationCancellationReason> = exported("UserVerificationCancellationReason", $UserVerificationCancellationReason)

/**
 * The `UserVerificationDeleteResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type UserVerificationDeleteResponse = { readonly [key: string]: unknown }
const $UserVerificationDeleteResponse = lazy("UserVerificationDeleteResponse", (): Schema.Schema<UserVerificationDeleteResponse> => Schema.Record({ key: Schema.String, value: Schema.Unknown }))
/**
 * The schema of {@link UserVerificationDeleteResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UserVerificationDeleteResponse: Schema.Schema<UserVerificationDeleteResponse> = exported("UserVerificationDeleteResponse", $UserVerificationDeleteResponse)

/**
 * Public metadata for a created or reused local credential. The caller completes backend registration; this response does not establish server enrollment. Older app-servers omit the metadata fields; callers must check both before registration.
 *
 * @since 0.1.0
 * @category models
 */
export interface UserVerificationEnrollResponse {
  readonly algorithm?: string | null
  readonly credentialId: string
  /**
   * Unpadded base64url of the SubjectPublicKeyInfo DER encoding.
   */
  readonly publicKey?: string | null
}
const $UserVerificationEnrollResponse = lazy("UserVerificationEnrollResponse", (): Schema.Schema<UserVerificationEnrollResponse> => Schema.Struct({
  algorithm: optional(Schema.NullOr(Schema.String)),
  credentialId: Schema.String,
  publicKey: optional(Schema.NullOr(Schema.String))
}))
/**
 * The schema of {@link UserVerificationEnrollResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UserVerificationEnrollResponse: Schema.Schema<UserVerificationEnrollResponse> = exported("UserVerificationEnrollResponse", $UserVerificationEnrollResponse)

/**
 * The `UserVerificationFailureReason` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type UserVerificationFailureReason = "authenticationFailed" | "timeout" | "providerError" | "serviceError" | (string & {})
const $UserVerificationFailureReason = lazy("UserVerificationFailureReason", (): Schema.Schema<UserVerificationFailureReason> => Schema.Union(Schema.Literal("authenticationFailed", "timeout", "providerError", "serviceError"), Schema.String))
/**
 * The schema of {@link UserVerificationFailureReason}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UserVerificationFailureReason: Schema.Schema<UserVerificationFailureReason> = exported("UserVerificationFailureReason", $UserVerificationFailureReason)

/**
 * The `UserVerificationInvalidRequestReason` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type UserVerificationInvalidRequestReason = "invalidParams"
const $UserVerificationInvalidRequestReason = lazy("UserVerificationInvalidRequestReason", (): Schema.Schema<UserVerificationInvalidRequestReason> => Schema.Literal("invalidParams"))
/**
 * The schema of {@link UserVerificationInvalidRequestReason}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UserVerificationInvalidRequestReason: Schema.Schema<UserVerificationInvalidRequestReason> = exported("UserVerificationInvalidRequestReason", $UserVerificationInvalidRequestReason)

/**
 * The `UserVerificationUnavailableReason` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type UserVerificationUnavailableReason = "credentialMissing" | "biometricsUnavailable" | "providerUnavailable" | (string & {})
const $UserVerificationUnavailableReason = lazy("UserVerificationUnavailableReason", (): Schema.Schema<UserVerificationUnavailableReason> => Schema.Union(Schema.Literal("credentialMissing", "biometricsUnavailable", "providerUnavailable"), Schema.String))
/**
 * The schema of {@link UserVerificationUnavailableReason}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UserVerificationUnavailableReason: Schema.Schema<UserVerificationUnavailableReason> = exported("UserVerificationUnavailableReason", $UserVerificationUnavailableReason)

/**
 * Closed error categories; native diagnostic payloads must not cross this boundary.
 *
 * @since 0.1.0
 * @category models
 */
export type UserVerificationErrorDetails = {
  readonly reason: UserVerificationInvalidRequestReason
  readonly type: "invalidRequest"
} | {
  readonly reason: UserVerificationUnavailableReason
  readonly type: "unavailable"
} | {
  readonly reason: UserVerificationCancellationReason
  readonly type: "cancelled"
} | {
  readonly reason: UserVerificationFailureReason
  readonly type: "failed"
}
const $UserVerificationErrorDetails = lazy("UserVerificationErrorDetails", (): Schema.Schema<UserVerificationErrorDetails> => Schema.Union(Schema.Struct({
  reason: $UserVerificationInvalidRequestReason(),
  type: Schema.Literal("invalidRequest")
}), Schema.Struct({
  reason: $UserVerificationUnavailableReason(),
  type: Schema.Literal("unavailable")
}), Schema.Struct({
  reason: $UserVerificationCancellationReason(),
  type: Schema.Literal("cancelled")
}), Schema.Struct({
  reason: $UserVerificationFailureReason(),
  type: Schema.Literal("failed")
})))
/**
 * The schema of {@link UserVerificationErrorDetails}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UserVerificationErrorDetails: Schema.Schema<UserVerificationErrorDetails> = exported("UserVerificationErrorDetails", $UserVerificationErrorDetails)

/**
 * A signature over the exact decoded challenge. The verifier validates and consumes it.
 *
 * @since 0.1.0
 * @category models
 */
export interface UserVerificationProof {
  readonly credentialId: string
  /**
   * Unpadded base64url DER ECDSA signature using P-256 and SHA-256.
   */
  readonly signature: string
}
const $UserVerificationProof = lazy("UserVerificationProof", (): Schema.Schema<UserVerificationProof> => Schema.Struct({
  credentialId: Schema.String,
  signature: Schema.String
}))
/**
 * The schema of {@link UserVerificationProof}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UserVerificationProof: Schema.Schema<UserVerificationProof> = exported("UserVerificationProof", $UserVerificationProof)

/**
 * The error object inside the normal JSON-RPC envelope.
 *
 * @since 0.1.0
 * @category models
 */
export interface UserVerificationRpcError {
  readonly code: number
  readonly data: UserVerificationErrorDetails
  readonly message: string
}
const $UserVerificationRpcError = lazy("UserVerificationRpcError", (): Schema.Schema<UserVerificationRpcError> => Schema.Struct({
  code: Schema.Number,
  data: $UserVerificationErrorDetails(),
  message: Schema.String
}))
/**
 * The schema of {@link UserVerificationRpcError}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UserVerificationRpcError: Schema.Schema<UserVerificationRpcError> = exported("UserVerificationRpcError", $UserVerificationRpcError)

/**
 * Local readiness only; this neither prompts nor queries server registration.
 *
 * @since 0.1.0
 * @category models
 */
export interface UserVerificationStatusResponse {
  readonly credentialId?: string | null
  readonly unavailableMessage?: string | null
  readonly unavailableReason?: UserVerificationUnavailableReason | null
}
const $UserVerificationStatusResponse = lazy("UserVerificationStatusResponse", (): Schema.Schema<UserVerificationStatusResponse> => Schema.Struct({
  credentialId: optional(Schema.NullOr(Schema.String)),
  unavailableMessage: optional(Schema.NullOr(Schema.String)),
  unavailableReason: optional(Schema.NullOr($UserVerificationUnavailableReason()))
}))
/**
 * The schema of {@link UserVerificationStatusResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UserVerificationStatusResponse: Schema.Schema<UserVerificationStatusResponse> = exported("UserVerificationStatusResponse", $UserVerificationStatusResponse)

/**
 * The `UserVerificationVerifyResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface UserVerificationVerifyResponse {
  /**
   * Native-reported authentication method for this signature. Older servers omit it. This is approval context, not part of the signed proof.
   */
  readonly biometricType?: UserVerificationBiometricType | null
  readonly proof: UserVerificationProof
}
const $UserVerificationVerifyResponse = lazy("UserVerificationVerifyResponse", (): Schema.Schema<UserVerificationVerifyResponse> => Schema.Struct({
  biometricType: optional(Schema.NullOr($UserVerificationBiometricType())),
  proof: $UserVerificationProof()
}))
/**
 * The schema of {@link UserVerificationVerifyResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UserVerificationVerifyResponse: Schema.Schema<UserVerificationVerifyResponse> = exported("UserVerificationVerifyResponse", $UserVerificationVerifyResponse)

/**
 * The `WindowsSandboxReadiness` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export type WindowsSandboxReadiness = "ready" | "notConfigured" | "updateRequired" | (string & {})
const $WindowsSandboxReadiness = lazy("WindowsSandboxReadiness", (): Schema.Schema<WindowsSandboxReadiness> => Schema.Union(Schema.Literal("ready", "notConfigured", "updateRequired"), Schema.String))
/**
 * The schema of {@link WindowsSandboxReadiness}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WindowsSandboxReadiness: Schema.Schema<WindowsSandboxReadiness> = exported("WindowsSandboxReadiness", $WindowsSandboxReadiness)

/**
 * The `WindowsSandboxReadinessResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface WindowsSandboxReadinessResponse {
  readonly status: WindowsSandboxReadiness
}
const $WindowsSandboxReadinessResponse = lazy("WindowsSandboxReadinessResponse", (): Schema.Schema<WindowsSandboxReadinessResponse> => Schema.Struct({
  status: $WindowsSandboxReadiness()
}))
/**
 * The schema of {@link WindowsSandboxReadinessResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WindowsSandboxReadinessResponse: Schema.Schema<WindowsSandboxReadinessResponse> = exported("WindowsSandboxReadinessResponse", $WindowsSandboxReadinessResponse)

/**
 * The `WindowsSandboxSetupStartResponse` type of the app-server protocol.
 *
 * @since 0.1.0
 * @category models
 */
export interface WindowsSandboxSetupStartResponse {
  readonly started: boolean
}
const $WindowsSandboxSetupStartResponse = lazy("WindowsSandboxSetupStartResponse", (): Schema.Schema<WindowsSandboxSetupStartResponse> => Schema.Struct({
  started: Schema.Boolean
}))
/**
 * The schema of {@link WindowsSandboxSetupStartResponse}.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WindowsSandboxSetupStartResponse: Schema.Schema<WindowsSandboxSetupStartResponse> = exported("WindowsSandboxSetupStartResponse", $WindowsSandboxSetupStartResponse)
