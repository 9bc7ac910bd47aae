-- "One pledge per person" compares a normalised email (docs/counting-rule.md); the email column
-- keeps what the person typed. Edited by hand after `npm run db:migration` to fill the new column
-- for existing rows before it becomes NOT NULL.

-- DropIndex
DROP INDEX "Pledge_email_key";

-- AlterTable
ALTER TABLE "Pledge" ADD COLUMN     "emailKey" VARCHAR(254);

-- Existing rows: the same rule as lib/pledges/email-key.ts (NFC, lower case, no +tag). Rows that
-- were distinct before and share a key now (a+1@x and a+2@x) all stay, and stay counted: the later
-- ones get a key of their own (suffixed with their id), so nothing counted changes retroactively.
UPDATE "Pledge"
   SET "emailKey" = regexp_replace(lower(normalize("email", NFC)), '^([^@+]*)\+[^@]*@', '\1@');
UPDATE "Pledge" AS later
   SET "emailKey" = left(later."emailKey", 200) || '#' || later."id"::text
  FROM "Pledge" AS earlier
 WHERE earlier."emailKey" = later."emailKey" AND earlier."id" < later."id";
ALTER TABLE "Pledge" ALTER COLUMN "emailKey" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Pledge_emailKey_key" ON "Pledge"("emailKey");

-- CreateIndex
CREATE INDEX "Pledge_email_idx" ON "Pledge"("email");
