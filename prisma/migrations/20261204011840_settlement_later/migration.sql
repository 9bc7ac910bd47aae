-- AlterTable
ALTER TABLE "DonationPayment" ALTER COLUMN "settlementAmount" DROP NOT NULL,
ALTER COLUMN "settlementFee" DROP NOT NULL,
ALTER COLUMN "settlementNet" DROP NOT NULL,
ALTER COLUMN "settlementCurrency" DROP NOT NULL;
