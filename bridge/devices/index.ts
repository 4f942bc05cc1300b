/**
 * The bridge's devices: scanners (HID-POS and boot-keyboard decoders, the node-hid scanner)
 * and printers (raw TCP 9100 labels, IPP duplex). The keyboard-wedge detector for the kiosk
 * page lives in ./wedge and is imported from there directly, so the page bundle pulls in no
 * Node code. See docs/devices.md.
 */
export * from './scanners';
export * from './printers';
export { TypedListeners, type ListenerFailureLog } from './events/typedListeners';
