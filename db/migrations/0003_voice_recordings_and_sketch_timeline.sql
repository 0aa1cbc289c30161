CREATE TABLE "recording_chunks" (
	"item_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"part" integer NOT NULL,
	"end_ms" integer NOT NULL,
	"bytes" integer NOT NULL,
	"data" "bytea" NOT NULL,
	CONSTRAINT "recording_chunks_item_id_seq_pk" PRIMARY KEY("item_id","seq")
);
--> statement-breakpoint
CREATE TABLE "recordings" (
	"item_id" uuid PRIMARY KEY NOT NULL,
	"bytes" integer DEFAULT 0 NOT NULL,
	"duration_ms" integer DEFAULT 0 NOT NULL,
	"parts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sketch_timeline" (
	"item_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"changes" jsonb NOT NULL,
	CONSTRAINT "sketch_timeline_item_id_seq_pk" PRIMARY KEY("item_id","seq")
);
--> statement-breakpoint
ALTER TABLE "sketches" ADD COLUMN "timeline_seq" integer DEFAULT -1 NOT NULL;--> statement-breakpoint
ALTER TABLE "sketches" ADD COLUMN "timeline_opened_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "sketches" ADD COLUMN "timeline_bytes" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "recording_chunks" ADD CONSTRAINT "recording_chunks_item_id_recordings_item_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."recordings"("item_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recordings" ADD CONSTRAINT "recordings_item_id_interview_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."interview_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sketch_timeline" ADD CONSTRAINT "sketch_timeline_item_id_sketches_item_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."sketches"("item_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Opus audio does not compress: store chunks out of line without trying (hand-written; drizzle-kit does not track storage).
ALTER TABLE "recording_chunks" ALTER COLUMN "data" SET STORAGE EXTERNAL;
