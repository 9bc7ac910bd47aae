-- CreateTable
CREATE TABLE "allowance_buckets" (
    "key" VARCHAR(255) NOT NULL,
    "tokens" DOUBLE PRECISION NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "allowance_buckets_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "allowance_buckets_updatedAt_idx" ON "allowance_buckets"("updatedAt");
