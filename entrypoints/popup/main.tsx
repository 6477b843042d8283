import { startPopup } from '../../components/popup/popup-connector';
import '../../assets/theme.css';
import '../../assets/popup.css';

void startPopup();
