-- A donor's public name is now reviewed by staff like a message before the supporter wall shows it
-- (lib/donations/list-public-donors.ts). Gifts given with a name and no message were recorded with
-- nothing to review: put them in the review queue, so staff can approve them rather than never.
UPDATE "Donation" SET "messageStatus" = 'PENDING'
 WHERE "publicName" IS NOT NULL AND "messageStatus" = 'NONE';
