/** Set by webpack's DefinePlugin (webpack.config.js): true only in a preview build. Never read in tests. */
declare const __TDKT_PREVIEW__: boolean;
