import type { AppDeps } from '../app';
import type { DashboardReplies } from './dashboard-replies';
import type { DashboardCookies } from './dashboard-session';

/** What each of the dashboard's route plugins is registered with (api/dashboard/dashboard-routes.ts). */
export interface DashboardOptions {
  deps: AppDeps;
  replies: DashboardReplies;
  cookies: DashboardCookies;
}
