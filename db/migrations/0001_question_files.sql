ALTER TABLE "questions" ADD COLUMN "misconceptions" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "questions" ADD COLUMN "languages" text[];--> statement-breakpoint
ALTER TABLE "questions" ADD COLUMN "phase_minutes" jsonb;--> statement-breakpoint
ALTER TABLE "questions" ADD COLUMN "design_phases" jsonb;