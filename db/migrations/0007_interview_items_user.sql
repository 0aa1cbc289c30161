-- Each item carries its interview's owner, so one person's items are one index range (weak topics).
-- Added empty, filled from the interviews, then made required.
ALTER TABLE "interview_items" ADD COLUMN "user_id" text;--> statement-breakpoint
UPDATE "interview_items" SET "user_id" = "interviews"."user_id" FROM "interviews" WHERE "interviews"."id" = "interview_items"."interview_id";--> statement-breakpoint
ALTER TABLE "interview_items" ALTER COLUMN "user_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "interview_items" ADD CONSTRAINT "interview_items_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "interview_items_user_question_idx" ON "interview_items" USING btree ("user_id","question_id");
