CREATE TABLE "data_version" (
	"id" integer PRIMARY KEY NOT NULL,
	"version" integer NOT NULL
);
