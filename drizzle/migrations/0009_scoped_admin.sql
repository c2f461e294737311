ALTER TABLE "audit_log" ADD COLUMN "target" text;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "municipality" text;--> statement-breakpoint
CREATE INDEX "audit_target" ON "audit_log" USING btree ("target","at");