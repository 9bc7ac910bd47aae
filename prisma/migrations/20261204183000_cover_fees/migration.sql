-- AlterTable
ALTER TABLE "Donation" ADD COLUMN     "coveredFee" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "coversFees" BOOLEAN NOT NULL DEFAULT false;
