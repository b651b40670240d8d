/** Who a request or socket acts as. Guests get `g_…` ids; account users (JWT) get `u_…` ids. */
export type Identity = { userId: string; anonymous: boolean };
