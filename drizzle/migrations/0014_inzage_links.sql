CREATE TABLE "inzage_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"conversation_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"session_hash" text,
	"session_expires_at" timestamp with time zone,
	"requested_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inzage_links_token_hash_unique" UNIQUE("token_hash"),
	CONSTRAINT "inzage_links_session_hash_unique" UNIQUE("session_hash")
);
--> statement-breakpoint
ALTER TABLE "inzage_links" ADD CONSTRAINT "inzage_links_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "inzage_links_conversation" ON "inzage_links" USING btree ("conversation_id");