ALTER TABLE "campaign_outbox" DROP CONSTRAINT "campaign_outbox_campaign_id_campaigns_id_fk";
--> statement-breakpoint
ALTER TABLE "campaign_outbox" DROP CONSTRAINT "campaign_outbox_person_id_people_id_fk";
--> statement-breakpoint
DROP INDEX "campaign_outbox_campaign_person_uq";--> statement-breakpoint
DROP INDEX "campaign_outbox_person_idx";--> statement-breakpoint
CREATE UNIQUE INDEX "campaign_outbox_person_campaign_uq" ON "campaign_outbox" USING btree ("person_id","campaign_id");--> statement-breakpoint
-- What the dropped ON DELETE CASCADE did, without a trigger per inserted outbox row: one statement
-- trigger per DELETE on people (erasure, the retention purge) or campaigns.
CREATE FUNCTION "campaign_outbox_forget_people"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "campaign_outbox" o USING gone WHERE o."person_id" = gone."id";
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "campaign_outbox_forget_people" AFTER DELETE ON "people"
  REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION "campaign_outbox_forget_people"();
--> statement-breakpoint
CREATE FUNCTION "campaign_outbox_forget_campaigns"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "campaign_outbox" o USING gone WHERE o."campaign_id" = gone."id";
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "campaign_outbox_forget_campaigns" AFTER DELETE ON "campaigns"
  REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION "campaign_outbox_forget_campaigns"();
