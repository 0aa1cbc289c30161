CREATE TYPE "public"."interview_status" AS ENUM('scheduled', 'active', 'review', 'completed', 'abandoned', 'missed');--> statement-breakpoint
CREATE TYPE "public"."kind" AS ENUM('concept', 'coding', 'design');--> statement-breakpoint
CREATE TYPE "public"."level" AS ENUM('beginner', 'intermediate', 'advanced');--> statement-breakpoint
CREATE TYPE "public"."timer_mode" AS ENUM('total', 'per_question', 'untimed');--> statement-breakpoint
CREATE TABLE "accounts" (
	"user_id" text NOT NULL,
	"type" text NOT NULL,
	"provider" text NOT NULL,
	"provider_account_id" text NOT NULL,
	"refresh_token" text,
	"access_token" text,
	"expires_at" integer,
	"token_type" text,
	"scope" text,
	"id_token" text,
	"session_state" text,
	CONSTRAINT "accounts_provider_provider_account_id_pk" PRIMARY KEY("provider","provider_account_id")
);
--> statement-breakpoint
CREATE TABLE "interview_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"interview_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"question_id" uuid NOT NULL,
	"started_at" timestamp with time zone,
	"deadline_at" timestamp with time zone,
	"submitted_at" timestamp with time zone,
	"answer_doc" jsonb,
	"answer_text" text DEFAULT '' NOT NULL,
	"answer_revision" integer DEFAULT 0 NOT NULL,
	"answer_saved_at" timestamp with time zone,
	"key_points_ticked" integer[],
	"checklist_ticked" integer[],
	"rating" smallint,
	"rated_at" timestamp with time zone,
	"note" text,
	"score" real
);
--> statement-breakpoint
CREATE TABLE "interviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"title" text NOT NULL,
	"config" jsonb NOT NULL,
	"status" "interview_status" NOT NULL,
	"timer_mode" timer_mode NOT NULL,
	"total_seconds" integer,
	"seed" integer NOT NULL,
	"scheduled_for" timestamp with time zone,
	"time_zone" text,
	"started_at" timestamp with time zone,
	"deadline_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"prompt" jsonb NOT NULL,
	"prompt_text" text NOT NULL,
	"level" "level" NOT NULL,
	"kind" "kind" NOT NULL,
	"topics" text[] NOT NULL,
	"suggested_minutes" integer NOT NULL,
	"sample_answer" jsonb NOT NULL,
	"sample_answer_text" text NOT NULL,
	"key_points" jsonb NOT NULL,
	"design_outline" jsonb,
	"reference_scene" jsonb,
	"author_id" text,
	"built_in" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "questions_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "rating_logs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"question_id" uuid NOT NULL,
	"item_id" uuid,
	"rating" smallint NOT NULL,
	"coverage" real NOT NULL,
	"score" real NOT NULL,
	"state_before" smallint NOT NULL,
	"due_after" timestamp with time zone NOT NULL,
	"rated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "review_states" (
	"user_id" text NOT NULL,
	"question_id" uuid NOT NULL,
	"due" timestamp with time zone NOT NULL,
	"stability" real NOT NULL,
	"difficulty" real NOT NULL,
	"elapsed_days" integer NOT NULL,
	"scheduled_days" integer NOT NULL,
	"learning_steps" integer DEFAULT 0 NOT NULL,
	"reps" integer NOT NULL,
	"lapses" integer NOT NULL,
	"state" smallint NOT NULL,
	"last_review" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "review_states_user_id_question_id_pk" PRIMARY KEY("user_id","question_id")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"session_token" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"expires" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sign_in_failures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bucket" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sketches" (
	"item_id" uuid PRIMARY KEY NOT NULL,
	"scene" jsonb NOT NULL,
	"preview_svg" text,
	"revision" integer DEFAULT 0 NOT NULL,
	"saved_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text,
	"email" text NOT NULL,
	"email_verified" timestamp with time zone,
	"image" text,
	"password_hash" text,
	"time_zone" text,
	"target_interview_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "verification_tokens" (
	"identifier" text NOT NULL,
	"token" text NOT NULL,
	"expires" timestamp with time zone NOT NULL,
	CONSTRAINT "verification_tokens_identifier_token_pk" PRIMARY KEY("identifier","token")
);
--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_items" ADD CONSTRAINT "interview_items_interview_id_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."interviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_items" ADD CONSTRAINT "interview_items_question_id_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questions" ADD CONSTRAINT "questions_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_logs" ADD CONSTRAINT "rating_logs_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_logs" ADD CONSTRAINT "rating_logs_question_id_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_logs" ADD CONSTRAINT "rating_logs_item_id_interview_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."interview_items"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_states" ADD CONSTRAINT "review_states_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_states" ADD CONSTRAINT "review_states_question_id_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sketches" ADD CONSTRAINT "sketches_item_id_interview_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."interview_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "accounts_user_idx" ON "accounts" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "interview_items_position_uq" ON "interview_items" USING btree ("interview_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "interview_items_question_uq" ON "interview_items" USING btree ("interview_id","question_id");--> statement-breakpoint
CREATE INDEX "interview_items_question_idx" ON "interview_items" USING btree ("question_id");--> statement-breakpoint
CREATE INDEX "interviews_user_created_idx" ON "interviews" USING btree ("user_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "interviews_user_status_idx" ON "interviews" USING btree ("user_id","status");--> statement-breakpoint
CREATE INDEX "interviews_scheduled_idx" ON "interviews" USING btree ("scheduled_for") WHERE "interviews"."status" = 'scheduled';--> statement-breakpoint
CREATE INDEX "questions_level_kind_idx" ON "questions" USING btree ("level","kind");--> statement-breakpoint
CREATE INDEX "questions_topics_idx" ON "questions" USING gin ("topics");--> statement-breakpoint
CREATE INDEX "rating_logs_user_rated_idx" ON "rating_logs" USING btree ("user_id","rated_at");--> statement-breakpoint
CREATE INDEX "rating_logs_user_question_idx" ON "rating_logs" USING btree ("user_id","question_id");--> statement-breakpoint
CREATE INDEX "review_states_user_due_idx" ON "review_states" USING btree ("user_id","due");--> statement-breakpoint
CREATE INDEX "sign_in_failures_bucket_at_idx" ON "sign_in_failures" USING btree ("bucket","at");