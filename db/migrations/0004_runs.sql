CREATE TABLE "run_values" (
	"run_id" text NOT NULL,
	"position" integer NOT NULL,
	"task" text NOT NULL,
	"benchmark_id" text NOT NULL,
	"metric_key" text NOT NULL,
	"metric" text NOT NULL,
	"filter" text DEFAULT '' NOT NULL,
	"shots" integer,
	"value" double precision NOT NULL,
	"value_raw" text NOT NULL,
	"raw_scale" text NOT NULL,
	"stderr" double precision,
	"stderr_raw" text,
	"items_evaluated" integer,
	"items_total" integer,
	"generation" text DEFAULT '{}' NOT NULL,
	CONSTRAINT "run_values_run_id_position_pk" PRIMARY KEY("run_id","position")
);
--> statement-breakpoint
CREATE TABLE "runs" (
	"id" text PRIMARY KEY NOT NULL,
	"run_name" text NOT NULL,
	"format" text NOT NULL,
	"harness" text NOT NULL,
	"harness_version" text,
	"model_id" text NOT NULL,
	"model_as_named" text NOT NULL,
	"model_args" text,
	"git_hash" text,
	"evaluated_at" text,
	"source_file" text NOT NULL,
	"evaluator_relationship" text NOT NULL,
	"sample_limit" text,
	"imported_at" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "models" ADD COLUMN "hf_repos" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "run_values" ADD CONSTRAINT "run_values_run_id_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "run_values" ADD CONSTRAINT "run_values_benchmark_id_benchmarks_id_fk" FOREIGN KEY ("benchmark_id") REFERENCES "public"."benchmarks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "runs" ADD CONSTRAINT "runs_model_id_models_id_fk" FOREIGN KEY ("model_id") REFERENCES "public"."models"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "run_values_benchmark_idx" ON "run_values" USING btree ("benchmark_id");--> statement-breakpoint
CREATE INDEX "runs_model_idx" ON "runs" USING btree ("model_id");