CREATE TABLE "leaderboard_model_rows" (
	"model_id" text PRIMARY KEY NOT NULL,
	"scores" double precision[] NOT NULL,
	"others" integer[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "leaderboard_slots" (
	"benchmark_id" text PRIMARY KEY NOT NULL,
	"slot" integer NOT NULL,
	CONSTRAINT "leaderboard_slots_slot_unique" UNIQUE("slot")
);
