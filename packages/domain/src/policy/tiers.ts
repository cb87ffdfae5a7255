/** Degree tiers of 二(四)5: doctorate, master, bachelor, junior college, lower-educated with special skills. */
export const tiers = ['doctorate', 'master', 'bachelor', 'junior_college', 'special_skills'] as const;
export type Tier = (typeof tiers)[number];
