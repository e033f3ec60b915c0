// A feature gate that is closed. The base components' own stub opens every gate.
export default { isOpen: () => false };
