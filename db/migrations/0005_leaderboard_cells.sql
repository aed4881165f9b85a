CREATE TABLE "leaderboard_cells" (
	"model_id" text NOT NULL,
	"benchmark_id" text NOT NULL,
	"result_id" text NOT NULL,
	"source_id" text NOT NULL,
	"table_position" integer NOT NULL,
	"position" integer NOT NULL,
	"metric" text NOT NULL,
	"setting" text NOT NULL,
	"score" double precision NOT NULL,
	"unit" text NOT NULL,
	"value_count" integer NOT NULL,
	CONSTRAINT "leaderboard_cells_model_id_benchmark_id_pk" PRIMARY KEY("model_id","benchmark_id")
);
--> statement-breakpoint
DROP INDEX "results_model_idx";--> statement-breakpoint
CREATE INDEX "leaderboard_cells_benchmark_score_idx" ON "leaderboard_cells" USING btree ("benchmark_id","score");--> statement-breakpoint
CREATE INDEX "results_model_benchmark_idx" ON "results" USING btree ("model_id","benchmark_id");