-- AlterTable
ALTER TABLE "Donation" ADD COLUMN     "cancelAtPeriodEnd" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "currentAmount" INTEGER,
ADD COLUMN     "endsAt" TIMESTAMPTZ(3),
ADD COLUMN     "manageLinkShownAt" TIMESTAMPTZ(3),
ADD COLUMN     "pausedAt" TIMESTAMPTZ(3),
ADD COLUMN     "subscriptionStatus" VARCHAR(32);

-- CreateTable
CREATE TABLE "DonationManageToken" (
    "tokenHash" VARCHAR(64) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "donationId" UUID NOT NULL,

    CONSTRAINT "DonationManageToken_pkey" PRIMARY KEY ("tokenHash")
);

-- CreateIndex
CREATE INDEX "DonationManageToken_donationId_idx" ON "DonationManageToken"("donationId");

-- CreateIndex
CREATE INDEX "DonationManageToken_expiresAt_idx" ON "DonationManageToken"("expiresAt");

-- AddForeignKey
ALTER TABLE "DonationManageToken" ADD CONSTRAINT "DonationManageToken_donationId_fkey" FOREIGN KEY ("donationId") REFERENCES "Donation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
