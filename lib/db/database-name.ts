/** Apart from the schema, so that the popup can name the database without bundling Dexie. */
export const DATABASE_NAME = 'vigie';
