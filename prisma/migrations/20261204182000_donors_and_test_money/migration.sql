-- AlterEnum
ALTER TYPE "DonationStatus" ADD VALUE 'CANCELLED';

-- AlterTable
ALTER TABLE "Donation" ADD COLUMN     "donorIdentityId" UUID,
ADD COLUMN     "livemode" BOOLEAN;

-- AlterTable
-- Payments recorded before Stripe's livemode was kept are taken as test money: never shown as real.
-- The sweep re-reads their Checkout Sessions and corrects them (docs/decisions/027).
ALTER TABLE "DonationPayment" ADD COLUMN     "livemode" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "DonationPayment" ALTER COLUMN "livemode" DROP DEFAULT;

-- CreateTable
CREATE TABLE "DonorIdentity" (
    "id" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "livemode" BOOLEAN NOT NULL,
    "key" VARCHAR(80) NOT NULL,
    "donations" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DonorIdentity_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DonorIdentity_livemode_key_key" ON "DonorIdentity"("livemode", "key");

-- CreateIndex
CREATE INDEX "Donation_donorIdentityId_idx" ON "Donation"("donorIdentityId");

-- AddForeignKey
ALTER TABLE "Donation" ADD CONSTRAINT "Donation_donorIdentityId_fkey" FOREIGN KEY ("donorIdentityId") REFERENCES "DonorIdentity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- What the donations had counted moves with them: each counted donation stands for its own donor
-- (its email is not known to the database) until the sweep re-reads it and merges it with the
-- other gifts of the same email; the counters are test money's until Stripe says otherwise.
INSERT INTO "DonorIdentity" ("id", "livemode", "key", "donations")
SELECT gen_random_uuid(), false, 'donation:' || "id"::text, 1 FROM "Donation" WHERE "countedDonor";

UPDATE "Donation" AS d SET "donorIdentityId" = i."id"
  FROM "DonorIdentity" AS i
 WHERE d."countedDonor" AND i."livemode" = false AND i."key" = 'donation:' || d."id"::text;

UPDATE "CounterShard" SET "metric" = 'donors_test' WHERE "metric" = 'donors';
UPDATE "CounterShard" SET "metric" = 'raised_test' WHERE "metric" = 'raised';
