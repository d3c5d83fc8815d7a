CREATE TABLE "centres" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"district" text NOT NULL,
	"ut" text NOT NULL,
	"address" text NOT NULL,
	"phone" text,
	"latitude" double precision NOT NULL,
	"longitude" double precision NOT NULL,
	"services" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"hours" text,
	"source" text NOT NULL,
	"last_verified" date,
	"verified" boolean DEFAULT false NOT NULL,
	"coordinate_basis" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "centres_district_idx" ON "centres" USING btree ("district");