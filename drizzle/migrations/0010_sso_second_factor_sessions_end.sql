ALTER TABLE "coaches" ADD COLUMN "token_expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "staff_accounts" ADD COLUMN "totp_secret_enc" text;--> statement-breakpoint
ALTER TABLE "staff_accounts" ADD COLUMN "totp_confirmed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "staff_accounts" ADD COLUMN "totp_last_step" integer;--> statement-breakpoint
ALTER TABLE "staff_accounts" ADD COLUMN "oidc_subject" text;--> statement-breakpoint
ALTER TABLE "staff_sessions" ADD COLUMN "last_seen_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "staff_sessions" ADD COLUMN "pending" text;--> statement-breakpoint
CREATE UNIQUE INDEX "staff_accounts_oidc_subject" ON "staff_accounts" USING btree ("oidc_subject");--> statement-breakpoint
-- Tokens issued before they could expire get TOKEN_DAYS' default from now: none works for ever.
UPDATE "coaches" SET "token_expires_at" = now() + interval '90 days' WHERE "token_hash" IS NOT NULL;
