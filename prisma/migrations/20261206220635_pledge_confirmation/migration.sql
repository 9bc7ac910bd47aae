-- AlterEnum
ALTER TYPE "PledgeStatus" ADD VALUE 'UNCONFIRMED';

-- AlterTable
ALTER TABLE "Pledge" ADD COLUMN     "confirmedAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "PledgeConfirmation" (
    "tokenHash" CHAR(64) NOT NULL,
    "pledgeId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),

    CONSTRAINT "PledgeConfirmation_pkey" PRIMARY KEY ("tokenHash")
);

-- CreateIndex
CREATE INDEX "PledgeConfirmation_pledgeId_idx" ON "PledgeConfirmation"("pledgeId");

-- CreateIndex
CREATE INDEX "PledgeConfirmation_expiresAt_idx" ON "PledgeConfirmation"("expiresAt");

-- AddForeignKey
ALTER TABLE "PledgeConfirmation" ADD CONSTRAINT "PledgeConfirmation_pledgeId_fkey" FOREIGN KEY ("pledgeId") REFERENCES "Pledge"("id") ON DELETE CASCADE ON UPDATE CASCADE;
