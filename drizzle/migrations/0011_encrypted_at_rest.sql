ALTER TABLE "domain_events" ALTER COLUMN "payload" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "handovers" ALTER COLUMN "summary" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "outbound_emails" ALTER COLUMN "to_address" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "outbound_emails" ALTER COLUMN "subject" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "outbound_emails" ALTER COLUMN "body" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "domain_events" ADD COLUMN "payload_enc" text;--> statement-breakpoint
ALTER TABLE "handovers" ADD COLUMN "summary_enc" text;--> statement-breakpoint
ALTER TABLE "handovers" ADD COLUMN "category_enc" text;--> statement-breakpoint
ALTER TABLE "outbound_emails" ADD COLUMN "message_enc" text;--> statement-breakpoint
ALTER TABLE "domain_events" ADD CONSTRAINT "domain_events_payload" CHECK (payload is not null or payload_enc is not null);--> statement-breakpoint
ALTER TABLE "handovers" ADD CONSTRAINT "handovers_summary" CHECK (summary is not null or summary_enc is not null);--> statement-breakpoint
ALTER TABLE "outbound_emails" ADD CONSTRAINT "outbound_emails_message" CHECK (body is not null or message_enc is not null);