import { CALLBACK_URL_PLACEHOLDER } from '../../../shared/eca-metadata/eca-metadata';
import type { AppKind } from '../../../shared/profiles/profile-config';

/** One thing to do in Setup: where (the exact path), what (checkbox names), and values to copy. */
export interface ChecklistItem {
  id: string;
  path: string;
  action: string;
  /** What the done tick confirms, in the admin's words. */
  done: string;
  copy?: { label: string; value: string }[];
  /** Offer the certificate download beside this item. */
  certificate?: boolean;
  /** Ticking it means the app was saved in Salesforce: starts the propagation timer. */
  saved?: boolean;
}

/** Scopes the JWT Bearer flow needs: `api`, and `refresh_token, offline_access` for pre-authorization to hold. */
const SCOPES = 'Manage user data via APIs (api); Perform requests at any time (refresh_token, offline_access)';

/**
 * Step 3 for each app kind (docs/salesforce-jwt.md, "The certificate"). New Connected Apps need Salesforce Support
 * since Spring '26, so that checklist edits an existing one.
 */
export function configureChecklist(kind: AppKind): ChecklistItem[] {
  if (kind === 'external') {
    return [
      {
        id: 'eca-new',
        done: 'The External Client App is created',
        path: 'Setup → Quick Find "External Client App Manager" → New External Client App',
        action: 'Name it (e.g. JWT Integration), give a contact e-mail, Distribution State: Local.',
      },
      {
        id: 'eca-oauth',
        done: 'OAuth enabled, callback URL and scopes set',
        path: 'API (Enable OAuth Settings) → check "Enable OAuth"',
        action: `Callback URL: any placeholder (the JWT flow never redirects). OAuth Scopes: ${SCOPES}.`,
        copy: [{ label: 'Callback URL', value: CALLBACK_URL_PLACEHOLDER }],
      },
      {
        id: 'eca-jwt',
        done: 'JWT Bearer Flow enabled, certificate uploaded',
        path: 'Flow Enablement → check "Enable JWT Bearer Flow"',
        action: 'Upload the certificate (.crt) of your key.',
        certificate: true,
      },
      {
        id: 'eca-save',
        saved: true,
        done: 'Saved; the Consumer Key is at hand',
        path: 'Create, then Settings tab → OAuth Settings → Consumer Key and Secret',
        action: 'Save the app and keep the page open: step 5 needs the Consumer Key.',
      },
    ];
  }
  return [
    {
      id: 'ca-edit',
      done: 'The Connected App is open for editing',
      path: 'Setup → App Manager → your Connected App ▾ → Edit',
      action:
        'Since Spring ’26 new Connected Apps need Salesforce Support: edit the existing app (or use an External Client App).',
    },
    {
      id: 'ca-oauth',
      done: 'OAuth settings enabled, callback URL and scopes set',
      path: 'API (Enable OAuth Settings) → check "Enable OAuth Settings"',
      action: `Callback URL: any placeholder. Selected OAuth Scopes: ${SCOPES}.`,
      copy: [{ label: 'Callback URL', value: CALLBACK_URL_PLACEHOLDER }],
    },
    {
      id: 'ca-cert',
      done: 'Digital signatures on, certificate uploaded',
      path: 'Same section → check "Use digital signatures" → Choose File',
      action: 'Upload the certificate (.crt) of your key.',
      certificate: true,
    },
    {
      id: 'ca-save',
      saved: true,
      done: 'Saved; the Consumer Key is at hand',
      path: 'Save, then App Manager → your app ▾ → View → Manage Consumer Details',
      action: 'Verify your identity and keep the page open: step 5 needs the Consumer Key.',
    },
  ];
}

/** Step 4: pre-authorize the user who will be the `sub`. */
export function preauthorizeChecklist(kind: AppKind): ChecklistItem[] {
  if (kind === 'external') {
    return [
      {
        id: 'eca-policy',
        done: 'Admin approved users are pre-authorized',
        path: 'Setup → External Client App Manager → your app → Policies tab → Edit → OAuth Policies → Plugin Policies',
        action: 'Permitted Users: "Admin approved users are pre-authorized". Save.',
      },
      {
        id: 'eca-assign',
        done: "The user's profile or permission set is selected",
        path: 'Policies tab → Edit → App Policies → Select Profiles / Select Permission Sets',
        action: 'Add the profile of the integration user, or a permission set assigned to them. Save.',
      },
    ];
  }
  return [
    {
      id: 'ca-policy',
      done: 'Admin approved users are pre-authorized',
      path: 'Setup → App Manager → your app ▾ → Manage → Edit Policies → OAuth Policies',
      action: 'Permitted Users: "Admin approved users are pre-authorized". Save.',
    },
    {
      id: 'ca-assign',
      done: "The user's profile or permission set is assigned",
      path: 'Same page (Manage) → Profiles → Manage Profiles, or Permission Sets → Manage Permission Sets',
      action: 'Add the profile of the integration user, or a permission set assigned to them.',
    },
  ];
}
