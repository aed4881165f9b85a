CREATE TABLE "leaderboard_source_cells" (
	"model_id" text NOT NULL,
	"benchmark_id" text NOT NULL,
	"source_id" text NOT NULL,
	"superseded" boolean NOT NULL,
	"other_maker" boolean NOT NULL,
	"year" integer NOT NULL,
	"result_id" text NOT NULL,
	"table_position" integer NOT NULL,
	"position" integer NOT NULL,
	"metric" text NOT NULL,
	"setting" text NOT NULL,
	"score" double precision NOT NULL,
	"unit" text NOT NULL,
	"value_count" integer NOT NULL,
	CONSTRAINT "leaderboard_source_cells_model_id_benchmark_id_source_id_pk" PRIMARY KEY("model_id","benchmark_id","source_id")
);
--> statement-breakpoint
CREATE INDEX "leaderboard_source_cells_source_idx" ON "leaderboard_source_cells" USING btree ("source_id","benchmark_id");