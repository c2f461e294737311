DROP INDEX "handovers_case_coach";--> statement-breakpoint
ALTER TABLE "youths" ALTER COLUMN "age" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "youths" ALTER COLUMN "municipality" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "youths" ALTER COLUMN "has_startkwalificatie" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "youths" ALTER COLUMN "diploma" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "intensity" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "regie" text DEFAULT 'coach' NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "ladder_aim" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "assessment_enc" text;--> statement-breakpoint
ALTER TABLE "handovers" ADD COLUMN "reason" text DEFAULT 'intake' NOT NULL;--> statement-breakpoint
ALTER TABLE "handovers" ADD COLUMN "urgent" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "handovers" ADD COLUMN "source_event_id" integer;--> statement-breakpoint
ALTER TABLE "youths" ADD COLUMN "contact_times" text;--> statement-breakpoint
CREATE INDEX "handovers_case" ON "handovers" USING btree ("case_id");--> statement-breakpoint
ALTER TABLE "handovers" ADD CONSTRAINT "handovers_source_event_id_unique" UNIQUE("source_event_id");