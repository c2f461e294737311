ALTER TABLE "audit_log" ADD COLUMN "detail" jsonb;--> statement-breakpoint
CREATE INDEX "audit_detail_cases" ON "audit_log" USING gin (("detail" -> 'caseIds'));