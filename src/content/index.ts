// Placeholder entry; the page wiring lands with the page layer.
export {};
