/** Senim's version, as published in the API and the OpenAPI document. */
export const VERSION = '0.1.0';
