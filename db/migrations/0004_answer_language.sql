ALTER TABLE "interview_items" ADD COLUMN "answer_language" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "preferred_language" text;