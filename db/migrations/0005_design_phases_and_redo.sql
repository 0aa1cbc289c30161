CREATE TYPE "public"."design_phase" AS ENUM('requirements', 'entities', 'api', 'high-level', 'deep-dives', 'trade-offs');--> statement-breakpoint
CREATE TABLE "phase_events" (
	"item_id" uuid NOT NULL,
	"phase" "design_phase" NOT NULL,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "phase_events_item_id_phase_pk" PRIMARY KEY("item_id","phase")
);
--> statement-breakpoint
ALTER TABLE "interview_items" ADD COLUMN "redo_requested_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "phase_events" ADD CONSTRAINT "phase_events_item_id_interview_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."interview_items"("id") ON DELETE cascade ON UPDATE no action;