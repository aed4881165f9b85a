CREATE TABLE "leaderboard_setting_counts" (
	"benchmark_id" text NOT NULL,
	"metric" text NOT NULL,
	"setting" text NOT NULL,
	"cells" integer NOT NULL,
	CONSTRAINT "leaderboard_setting_counts_benchmark_id_metric_setting_pk" PRIMARY KEY("benchmark_id","metric","setting")
);
