ALTER TABLE "coaches" ADD COLUMN "duty_contact" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "handovers" ADD COLUMN "category" text;