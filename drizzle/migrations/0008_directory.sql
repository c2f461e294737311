CREATE TABLE "directory_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality" text NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"address" text,
	"phone" text,
	"opening_hours" text,
	"web_url" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "referral_counts" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"source_event_id" integer NOT NULL,
	"municipality" text NOT NULL,
	"referral" text NOT NULL,
	"age_band" text NOT NULL,
	"month" text NOT NULL,
	CONSTRAINT "referral_counts_source_event_id_unique" UNIQUE("source_event_id")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "directory_entries_place" ON "directory_entries" USING btree ("municipality","kind");--> statement-breakpoint
CREATE INDEX "referral_counts_month" ON "referral_counts" USING btree ("month");