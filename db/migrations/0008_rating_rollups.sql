CREATE TABLE "rating_calibration" (
	"user_id" text NOT NULL,
	"rating" smallint NOT NULL,
	"ratings" integer NOT NULL,
	"sum_coverage" double precision NOT NULL,
	CONSTRAINT "rating_calibration_user_id_rating_pk" PRIMARY KEY("user_id","rating")
);
--> statement-breakpoint
CREATE TABLE "topic_weeks" (
	"user_id" text NOT NULL,
	"topic" text NOT NULL,
	"week" date NOT NULL,
	"ratings" integer NOT NULL,
	"sum_score" double precision NOT NULL,
	CONSTRAINT "topic_weeks_user_id_topic_week_pk" PRIMARY KEY("user_id","topic","week")
);
--> statement-breakpoint
ALTER TABLE "rating_calibration" ADD CONSTRAINT "rating_calibration_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topic_weeks" ADD CONSTRAINT "topic_weeks_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Backfill from the rating log (written by hand): every rating given so far, under its question's topics.
INSERT INTO "topic_weeks" ("user_id", "topic", "week", "ratings", "sum_score")
SELECT l."user_id", t.topic, date_trunc('week', l."rated_at" AT TIME ZONE 'UTC')::date, count(*), sum(l."score")
FROM "rating_logs" l
JOIN "questions" q ON q."id" = l."question_id"
CROSS JOIN LATERAL (SELECT DISTINCT unnest(q."topics") AS topic) t
GROUP BY 1, 2, 3;--> statement-breakpoint
INSERT INTO "rating_calibration" ("user_id", "rating", "ratings", "sum_coverage")
SELECT "user_id", "rating", count(*), sum("coverage")
FROM "rating_logs"
GROUP BY 1, 2;
