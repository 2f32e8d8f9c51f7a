import { Migration } from "@mikro-orm/migrations";
import { auditTableStatements } from "../../../shared/audit/audit";

/**
 * User accounts, sign-in sessions, the sign-in throttle, the view every subgraph reads to know whether a
 * session is still open, and perisai's audit table.
 */
export class Migration20261123000500 extends Migration {
  override async up(): Promise<void> {
    this.userAccounts();
    this.sessions();
    this.loginThrottle();
    for (const statement of auditTableStatements("perisai")) this.addSql(statement);
  }

  private userAccounts(): void {
    this.addSql(`
      create table "perisai"."user_account" (
        "id" serial primary key,
        "created_at" timestamptz not null default now(),
        "updated_at" timestamptz not null default now(),
        "version" int not null default 1,
        "email" text not null constraint "user_account_email_unique" unique,
        "display_name" text not null,
        "password_hash" text not null,
        "role" text not null
          check ("role" in ('NATIONAL_COORDINATOR', 'OFFICE_ADMIN', 'BRANCH_OFFICER', 'AGENT', 'ANALYST')),
        "perisai_office_id" int null,
        "bpjs_office_id" int null,
        "agent_id" int null,
        "disabled" boolean not null default false,
        "last_signed_in_at" timestamptz null,
        constraint "user_account_email_lower_case_check" check ("email" = lower("email")),
        constraint "user_account_office_check" check (("role" = 'OFFICE_ADMIN') = ("perisai_office_id" is not null)),
        constraint "user_account_bpjs_office_check" check (("role" = 'BRANCH_OFFICER') = ("bpjs_office_id" is not null)),
        constraint "user_account_agent_check" check (("role" = 'AGENT') = ("agent_id" is not null)),
        constraint "user_account_perisai_office_id_foreign" foreign key ("perisai_office_id")
          references "perisai"."perisai_office" ("id") on update cascade on delete restrict,
        constraint "user_account_bpjs_office_id_foreign" foreign key ("bpjs_office_id")
          references "perisai"."bpjs_office" ("id") on update cascade on delete restrict,
        constraint "user_account_agent_id_foreign" foreign key ("agent_id")
          references "perisai"."agent" ("id") on update cascade on delete restrict
      );`);
    this.addSql(
      'create index "user_account_perisai_office_id_index" on "perisai"."user_account" ("perisai_office_id");',
    );
    this.addSql('create index "user_account_bpjs_office_id_index" on "perisai"."user_account" ("bpjs_office_id");');
    // One person, one sign-in: an agent record has at most one account.
    this.addSql('create unique index "user_account_agent_id_unique" on "perisai"."user_account" ("agent_id");');
    this.addSql('create index "user_account_role_index" on "perisai"."user_account" ("role", "email");');
    this.addSql('create index "user_account_display_name_index" on "perisai"."user_account" ("display_name", "id");');
    this.addSql('create index "user_account_created_at_index" on "perisai"."user_account" ("created_at", "id");');
    this.addSql(`
      comment on column "perisai"."user_account"."password_hash" is 'Argon2id (PHC string); never leaves the subgraph, never in an audit entry.';`);
  }

  private sessions(): void {
    this.addSql(`
      create table "perisai"."session" (
        "id" text primary key,
        "user_id" int not null,
        "created_at" timestamptz not null default now(),
        "expires_at" timestamptz not null,
        "revoked_at" timestamptz null,
        "user_agent" text null,
        constraint "session_expiry_check" check ("expires_at" > "created_at"),
        constraint "session_user_id_foreign" foreign key ("user_id")
          references "perisai"."user_account" ("id") on update cascade on delete cascade
      );`);
    this.addSql('create index "session_user_id_index" on "perisai"."session" ("user_id", "expires_at");');
    this.addSql(`
      create view "perisai"."published_session" as
        select "id", "user_id", "expires_at", "revoked_at" from "perisai"."session";`);
    this.addSql(`
      comment on view "perisai"."published_session" is 'Read-only contract: every subgraph checks that a token''s session (its sid) is still open (id text, user_id integer, expires_at timestamptz, revoked_at timestamptz). Owned and written by the perisai subgraph only.';`);
  }

  private loginThrottle(): void {
    this.addSql(`
      create table "perisai"."login_throttle" (
        "key" text primary key,
        "failures" int not null default 0,
        "window_started_at" timestamptz not null default now(),
        "blocked_until" timestamptz null,
        constraint "login_throttle_failures_check" check ("failures" >= 0)
      );`);
    this.addSql(
      'create index "login_throttle_window_started_at_index" on "perisai"."login_throttle" ("window_started_at");',
    );
    this.addSql(`
      comment on table "perisai"."login_throttle" is 'Failed sign-ins per ''account:<email>'' and ''address:<ip>'' in the current window; kept in the database so that every process applies the same limits.';`);
  }

  override async down(): Promise<void> {
    this.addSql('drop view if exists "perisai"."published_audit_entry";');
    this.addSql('drop table if exists "perisai"."audit_entry";');
    this.addSql('drop table if exists "perisai"."login_throttle";');
    this.addSql('drop view if exists "perisai"."published_session";');
    this.addSql('drop table if exists "perisai"."session";');
    this.addSql('drop table if exists "perisai"."user_account";');
  }
}
