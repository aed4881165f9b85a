ALTER TABLE "benchmarks" ADD COLUMN "items" integer;--> statement-breakpoint
ALTER TABLE "benchmarks" ADD COLUMN "items_split" text;--> statement-breakpoint
ALTER TABLE "benchmarks" ADD COLUMN "items_origin" text;