import { adminConnectionUsage } from './admin-connection-options';

export const orgCheckUsage = `sf-jwt-studio org-check --username SUB [--app NAME] ${adminConnectionUsage} [--json]`;
