CREATE TABLE "coach_notices" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"coach_id" uuid NOT NULL,
	"items" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"send_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "coach_notices" ADD CONSTRAINT "coach_notices_coach_id_coaches_id_fk" FOREIGN KEY ("coach_id") REFERENCES "public"."coaches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "coach_notices_pending" ON "coach_notices" USING btree ("coach_id") WHERE sent_at is null;