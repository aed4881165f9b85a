CREATE TABLE "benchmarks" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"category" text NOT NULL,
	"modality" text NOT NULL,
	"scale" text NOT NULL,
	"higher_is_better" boolean NOT NULL,
	"description" text NOT NULL,
	"aliases" text[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "models" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"family" text NOT NULL,
	"organization" text NOT NULL,
	"params_b" double precision,
	"params_note" text DEFAULT '' NOT NULL,
	"modality" text NOT NULL,
	"stage" text NOT NULL,
	"base_model_id" text,
	"open_weights" boolean,
	"aliases" text[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "points" (
	"series_id" text NOT NULL,
	"step" integer NOT NULL,
	"value" double precision NOT NULL,
	"value_as_printed" text NOT NULL,
	CONSTRAINT "points_series_id_step_pk" PRIMARY KEY("series_id","step")
);
--> statement-breakpoint
CREATE TABLE "results" (
	"id" text PRIMARY KEY NOT NULL,
	"source_id" text NOT NULL,
	"table_label" text NOT NULL,
	"section" text DEFAULT '' NOT NULL,
	"page" text,
	"model_id" text NOT NULL,
	"model_as_printed" text NOT NULL,
	"benchmark_id" text NOT NULL,
	"benchmark_as_printed" text NOT NULL,
	"metric" text DEFAULT '' NOT NULL,
	"setting" text DEFAULT '' NOT NULL,
	"value" double precision NOT NULL,
	"value_as_printed" text NOT NULL,
	"unit" text NOT NULL,
	"flags" text[] NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"position" integer NOT NULL,
	"origin" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "series" (
	"id" text PRIMARY KEY NOT NULL,
	"source_id" text NOT NULL,
	"figure_group" text NOT NULL,
	"run_id" text NOT NULL,
	"run_label" text NOT NULL,
	"model_id" text,
	"benchmark_id" text NOT NULL,
	"metric" text NOT NULL,
	"unit" text NOT NULL,
	"origin" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "source_tables" (
	"source_id" text NOT NULL,
	"label" text NOT NULL,
	"kind" text NOT NULL,
	"page" text,
	"caption" text NOT NULL,
	"layout" text NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "source_tables_source_id_label_pk" PRIMARY KEY("source_id","label")
);
--> statement-breakpoint
CREATE TABLE "sources" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"short_title" text NOT NULL,
	"authors" text NOT NULL,
	"organization" text NOT NULL,
	"year" integer NOT NULL,
	"kind" text NOT NULL,
	"arxiv_id" text,
	"url" text,
	"code_url" text,
	"revision" text,
	"paginated" boolean NOT NULL,
	"bibtex" text NOT NULL,
	"note" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
ALTER TABLE "models" ADD CONSTRAINT "models_base_model_fk" FOREIGN KEY ("base_model_id") REFERENCES "public"."models"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "points" ADD CONSTRAINT "points_series_id_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."series"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "results" ADD CONSTRAINT "results_model_id_models_id_fk" FOREIGN KEY ("model_id") REFERENCES "public"."models"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "results" ADD CONSTRAINT "results_benchmark_id_benchmarks_id_fk" FOREIGN KEY ("benchmark_id") REFERENCES "public"."benchmarks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "results" ADD CONSTRAINT "results_source_table_fk" FOREIGN KEY ("source_id","table_label") REFERENCES "public"."source_tables"("source_id","label") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "series" ADD CONSTRAINT "series_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "series" ADD CONSTRAINT "series_model_id_models_id_fk" FOREIGN KEY ("model_id") REFERENCES "public"."models"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "series" ADD CONSTRAINT "series_benchmark_id_benchmarks_id_fk" FOREIGN KEY ("benchmark_id") REFERENCES "public"."benchmarks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "source_tables" ADD CONSTRAINT "source_tables_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "models_family_idx" ON "models" USING btree ("family");--> statement-breakpoint
CREATE UNIQUE INDEX "results_natural_key" ON "results" USING btree ("source_id","table_label","section","model_id","benchmark_id","metric","setting","model_as_printed","benchmark_as_printed");--> statement-breakpoint
CREATE INDEX "results_model_idx" ON "results" USING btree ("model_id");--> statement-breakpoint
CREATE INDEX "results_benchmark_idx" ON "results" USING btree ("benchmark_id");--> statement-breakpoint
CREATE UNIQUE INDEX "series_natural_key" ON "series" USING btree ("source_id","figure_group","run_id","benchmark_id","metric");