CREATE TABLE "leaderboard_source_model_rows" (
	"model_id" text NOT NULL,
	"source_id" text NOT NULL,
	"scores" double precision[] NOT NULL,
	"others" integer[] NOT NULL,
	CONSTRAINT "leaderboard_source_model_rows_model_id_source_id_pk" PRIMARY KEY("model_id","source_id")
);
--> statement-breakpoint
CREATE TABLE "leaderboard_source_setting_counts" (
	"source_id" text NOT NULL,
	"benchmark_id" text NOT NULL,
	"metric" text NOT NULL,
	"setting" text NOT NULL,
	"cells" integer NOT NULL,
	CONSTRAINT "leaderboard_source_setting_counts_source_id_benchmark_id_metric_setting_pk" PRIMARY KEY("source_id","benchmark_id","metric","setting")
);
--> statement-breakpoint
CREATE INDEX "leaderboard_source_model_rows_source_idx" ON "leaderboard_source_model_rows" USING btree ("source_id");