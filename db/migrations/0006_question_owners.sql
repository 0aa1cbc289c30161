ALTER TABLE "questions" ADD COLUMN "owner_id" text;--> statement-breakpoint
ALTER TABLE "questions" ADD COLUMN "archived_at" timestamp with time zone;--> statement-breakpoint
-- A question someone wrote keeps its author as its owner; author_id was "set null" on account delete, so an authored row without one has nobody left to own it.
UPDATE "questions" SET "owner_id" = "author_id" WHERE "built_in" = false;--> statement-breakpoint
DELETE FROM "questions" WHERE "built_in" = false AND "owner_id" IS NULL AND NOT EXISTS (SELECT 1 FROM "interview_items" WHERE "interview_items"."question_id" = "questions"."id");--> statement-breakpoint
ALTER TABLE "questions" DROP CONSTRAINT "questions_author_id_users_id_fk";--> statement-breakpoint
ALTER TABLE "questions" DROP CONSTRAINT "questions_slug_unique";--> statement-breakpoint
ALTER TABLE "questions" DROP COLUMN "author_id";--> statement-breakpoint
ALTER TABLE "questions" DROP COLUMN "built_in";--> statement-breakpoint
ALTER TABLE "questions" ADD CONSTRAINT "questions_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questions" ADD CONSTRAINT "questions_owner_slug_uq" UNIQUE NULLS NOT DISTINCT("owner_id","slug");
