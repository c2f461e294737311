CREATE TABLE "appointment_reminders" (
	"appointment_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"outbound_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "appointments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"coach_id" uuid NOT NULL,
	"conversation_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"place" text NOT NULL,
	"status" text DEFAULT 'booked' NOT NULL,
	"ics_token" text NOT NULL,
	"replaces_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cancelled_at" timestamp with time zone,
	"no_show_at" timestamp with time zone,
	CONSTRAINT "appointments_ics_token_unique" UNIQUE("ics_token"),
	CONSTRAINT "appointments_valid" CHECK (starts_at < ends_at)
);
--> statement-breakpoint
CREATE TABLE "coach_absences" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"coach_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "coach_absences_valid" CHECK (starts_at < ends_at)
);
--> statement-breakpoint
CREATE TABLE "coach_schedules" (
	"coach_id" uuid PRIMARY KEY NOT NULL,
	"slot_minutes" smallint DEFAULT 45 NOT NULL,
	"buffer_minutes" smallint DEFAULT 15 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coach_weekly_hours" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"coach_id" uuid NOT NULL,
	"weekday" smallint NOT NULL,
	"start_minute" smallint NOT NULL,
	"end_minute" smallint NOT NULL,
	"places" text[] NOT NULL,
	CONSTRAINT "coach_weekly_hours_valid" CHECK (weekday between 1 and 7 and start_minute >= 0 and end_minute <= 1440 and start_minute < end_minute)
);
--> statement-breakpoint
CREATE TABLE "conversation_entries" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"conversation_id" uuid NOT NULL,
	"entry_point_code" text NOT NULL,
	"first" boolean NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "entry_points" (
	"code" text PRIMARY KEY NOT NULL,
	"label" text NOT NULL,
	"municipality" text NOT NULL,
	"kind" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "signal_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source" text NOT NULL,
	"format" text NOT NULL,
	"actor" text NOT NULL,
	"row_count" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "signals" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"import_id" uuid NOT NULL,
	"row" integer NOT NULL,
	"youth_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"brin" text,
	"leaving_reason" text,
	"details_enc" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "appointment_reminders" ADD CONSTRAINT "appointment_reminders_appointment_id_appointments_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."appointments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_coach_id_coaches_id_fk" FOREIGN KEY ("coach_id") REFERENCES "public"."coaches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coach_absences" ADD CONSTRAINT "coach_absences_coach_id_coaches_id_fk" FOREIGN KEY ("coach_id") REFERENCES "public"."coaches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coach_schedules" ADD CONSTRAINT "coach_schedules_coach_id_coaches_id_fk" FOREIGN KEY ("coach_id") REFERENCES "public"."coaches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coach_weekly_hours" ADD CONSTRAINT "coach_weekly_hours_coach_id_coaches_id_fk" FOREIGN KEY ("coach_id") REFERENCES "public"."coaches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_entries" ADD CONSTRAINT "conversation_entries_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_entries" ADD CONSTRAINT "conversation_entries_entry_point_code_entry_points_code_fk" FOREIGN KEY ("entry_point_code") REFERENCES "public"."entry_points"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signals" ADD CONSTRAINT "signals_import_id_signal_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."signal_imports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signals" ADD CONSTRAINT "signals_youth_id_youths_id_fk" FOREIGN KEY ("youth_id") REFERENCES "public"."youths"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signals" ADD CONSTRAINT "signals_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "appointment_reminders_once" ON "appointment_reminders" USING btree ("appointment_id","kind");--> statement-breakpoint
CREATE INDEX "appointments_conversation" ON "appointments" USING btree ("conversation_id","status");--> statement-breakpoint
CREATE INDEX "appointments_case" ON "appointments" USING btree ("case_id","starts_at");--> statement-breakpoint
CREATE INDEX "appointments_booked_start" ON "appointments" USING btree ("starts_at") WHERE status = 'booked';--> statement-breakpoint
CREATE INDEX "coach_absences_coach" ON "coach_absences" USING btree ("coach_id","ends_at");--> statement-breakpoint
CREATE INDEX "coach_weekly_hours_coach" ON "coach_weekly_hours" USING btree ("coach_id");--> statement-breakpoint
CREATE UNIQUE INDEX "conversation_entries_first" ON "conversation_entries" USING btree ("conversation_id") WHERE "first";--> statement-breakpoint
CREATE INDEX "conversation_entries_code" ON "conversation_entries" USING btree ("entry_point_code");--> statement-breakpoint
CREATE INDEX "signals_case" ON "signals" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "signals_import" ON "signals" USING btree ("import_id");--> statement-breakpoint
-- Added by hand (drizzle-kit cannot express an exclusion constraint): no two booked appointments of
-- one coach may overlap. btree_gist lets the GiST index compare coach_id with `=`; it ships with
-- PostgreSQL (contrib), in the embedded-postgres binaries too.
CREATE EXTENSION IF NOT EXISTS btree_gist;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_no_overlap" EXCLUDE USING gist ("coach_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&) WHERE (status = 'booked');
